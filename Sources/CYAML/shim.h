// libyaml (Debian: libyaml-dev, pkg-config: yaml-0.1), used through its event API.
#include <yaml.h>
