#!/usr/bin/env python3
"""Trial: do distributional word representations learned from unlabeled text help the
topic clustering of Arabic news sections?

A Python stand-in for the stage's pipeline (light-stemmed words and two-word phrases,
min_df 2, max_df 0.9, phrase df 3; (1 + ln tf) x idf^2 at unit length; 50 latent semantic
dimensions, centred and scaled by sqrt(sigma); spherical k-means, best of 3 k-means++ starts)
is run on each half of the ANT tuning part (halved by the SHA-256 of "h" + id), with and
without word knowledge learned from unlabeled text only: the other half's titles and texts,
WikiFANE Gold tokens (tags not read) and ArSarcasm-v2 tweets (labels not read). Word vectors
are PPMI (window +-5, context smoothing 0.75) reduced by a truncated SVD to 100 dimensions.
Section labels are read only to score NMI.

Variants: base; concat (the story's TF-IDF-weighted mean word vector, centred, appended to
its latent semantic coordinates at weight beta); augX (that vector appended to the TF-IDF
row before the SVD); smooth (each TF-IDF row plus alpha times its product with a 10-nearest-
neighbour word similarity graph); clusters (k-means word clusters of the vectors, each word's
cluster id added to its story as one more term at weight beta); entity-clusters (the entity
tagger's shipped word clusters, Plugins/EntityLinking/Resources/word_clusters.tsv).

    python3 scripts/topics_split.py ../shared/data/topics/ant_subset_stratified.jsonl ant
    scripts/.venv/bin/python scripts/topics_distributional_trial.py ant_tune.jsonl ../shared/data
"""
import json, re, sys, math, collections
import numpy as np, scipy.sparse as sp
from sklearn.metrics import normalized_mutual_info_score as nmi
from sklearn.utils.extmath import randomized_svd

AR = re.compile(r'[\u0621-\u064A]+')
DIAC = re.compile(r'[\u064B-\u0652\u0640]')
STOP = set("""في من على إلى الى عن أن ان إن التي الذي الذين هذا هذه ذلك تلك مع كان كانت قد لا ما لم لن و او أو ثم كما بين عند بعد قبل حتى كل غير هو هي هم هن نحن أنا انت أنت ذلك التى الذى وقد وفي ومن وهو وهي فيه فيها منه منها عليه عليها إليه له لها لهم به بها بهم ضمن خلال حول أي اي أيضا ايضا يكون تكون ليس وكان وكانت إذ اذا إذا لكن كذلك قال وقال وأضاف أضاف أكد وأكد حيث منذ""".split())
def norm(w):
    w = DIAC.sub('', w)
    w = re.sub('[أإآ]', 'ا', w); w = w.replace('ة', 'ه').replace('ى', 'ي')
    return w
def stem(w):
    for p in ('وال','بال','كال','فال','لل','ال'):
        if w.startswith(p) and len(w) - len(p) >= 2: w = w[len(p):]; break
    else:
        if len(w) > 3 and w[0] in 'وف': w = w[1:]
    for s in ('ات','ون','ين','ان','ها','هم','يه','ه','ي'):
        if w.endswith(s) and len(w) - len(s) >= 3: w = w[:-len(s)]; break
    return w
def tokens(text):
    out = []
    for m in AR.finditer(text):
        w = norm(m.group())
        if len(w) < 2 or w in STOP or norm(w) in STOP: continue
        out.append(stem(w))
    return out
def load(path):
    docs, labels = [], []
    for line in open(path, encoding='utf-8'):
        r = json.loads(line)
        docs.append((r.get('title') or '') + '\n\n' + r['text']); labels.append(r['label'])
    return docs, labels

def build_matrix(toks, min_df=2, max_df=0.9, phrase_df=3, max_features=20000):
    n = len(toks)
    grams = []
    for t in toks:
        g = collections.Counter(t)
        g.update(a + ' ' + b for a, b in zip(t, t[1:]))
        grams.append(g)
    df = collections.Counter()
    for g in grams: df.update(g.keys())
    vocab = [w for w, c in df.items() if c >= (phrase_df if ' ' in w else min_df) and c <= max_df * n]
    vocab.sort(key=lambda w: -df[w]); vocab = vocab[:max_features]
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for i, g in enumerate(grams):
        for w, c in g.items():
            j = index.get(w)
            if j is not None: rows.append(i); cols.append(j); vals.append(1 + math.log(c))
    X = sp.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
    idf = np.array([math.log((1 + n) / (1 + df[w])) + 1 for w in vocab])
    return X, idf, vocab

def rownorm(M):
    if sp.issparse(M):
        s = np.sqrt(np.asarray(M.multiply(M).sum(1))).ravel(); s[s == 0] = 1
        return sp.diags(1 / s) @ M
    s = np.linalg.norm(M, axis=1, keepdims=True); s[s == 0] = 1
    return M / s

def lsa_coords(X, dims=50, seed=0):
    U, S, Vt = randomized_svd(X, dims, n_iter=2, random_state=seed)
    C = X @ Vt.T
    C = C - np.asarray(X.mean(0)) @ Vt.T
    return rownorm(C * np.sqrt(S))

def spherical_kmeans(C, k, seed, starts=3, iters=30):
    rng = np.random.default_rng(seed)
    best = None
    for s in range(starts):
        # k-means++
        n = C.shape[0]
        cent = [C[rng.integers(n)]]
        d = 1 - C @ cent[0]
        for _ in range(k - 1):
            p = np.maximum(d, 0) ** 2; p /= p.sum()
            cent.append(C[rng.choice(n, p=p)]); d = np.minimum(d, 1 - C @ cent[-1])
        M = np.array(cent)
        for _ in range(iters):
            a = np.argmax(C @ M.T, 1)
            M2 = np.array([C[a == j].sum(0) if (a == j).any() else M[j] for j in range(k)])
            M2 = rownorm(M2)
            if np.allclose(M2, M): break
            M = M2
        obj = (C @ M.T).max(1).sum()
        if best is None or obj > best[0]: best = (obj, a)
    return best[1]

def wikifane_sentences(path):
    sent = []
    for line in open(path, encoding='utf-8-sig'):
        line = line.strip().replace('\u200e', '')
        if not line:
            if sent: yield ' '.join(sent); sent = []
            continue
        w = line.split('\t')[0]
        sent.append(w)
        if w in ('.', '؟', '!'):
            yield ' '.join(sent); sent = []
    if sent: yield ' '.join(sent)

def tweets(path):
    import csv
    for r in csv.DictReader(open(path, encoding='utf-8')):
        yield r['tweet']

def word_vectors(texts, dims=100, window=5, min_count=5, cds=0.75, seed=0, vocab_limit=30000):
    seqs = [tokens(t) for t in texts]
    cnt = collections.Counter(w for s in seqs for w in s)
    words = [w for w, c in cnt.most_common(vocab_limit) if c >= min_count]
    idx = {w: i for i, w in enumerate(words)}
    rows, cols = [], []
    for s in seqs:
        ids = [idx.get(w, -1) for w in s]
        for i, a in enumerate(ids):
            if a < 0: continue
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                b = ids[j]
                if j != i and b >= 0: rows.append(a); cols.append(b)
    V = len(words)
    C = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(V, V))
    C.sum_duplicates()
    total = C.sum()
    wr = np.asarray(C.sum(1)).ravel(); wc = np.asarray(C.sum(0)).ravel() ** cds
    wc = wc / wc.sum()
    C = C.tocoo()
    pmi = np.log(C.data / total / (wr[C.row] / total) / wc[C.col])
    keep = pmi > 0
    P = sp.csr_matrix((pmi[keep], (C.row[keep], C.col[keep])), shape=(V, V))
    U, S, Vt = randomized_svd(P, dims, n_iter=4, random_state=seed)
    W = rownorm(U * np.sqrt(S))
    return words, W

from sklearn.cluster import KMeans
import argparse
import hashlib
import os
import warnings


def doc_embed(X, vocab, idf, words, W):
    widx = {w: i for i, w in enumerate(words)}
    cols = [j for j, v in enumerate(vocab) if v in widx]
    return (X[:, cols] @ sp.diags(idf[cols] ** 2)) @ W[[widx[vocab[j]] for j in cols]]


def cluster_terms(words, W, nclus, seed):
    return dict(zip(words, KMeans(nclus, n_init=1, random_state=seed).fit(W).labels_))


def score(Xt, y, seeds):
    runs = [nmi(y, spherical_kmeans(lsa_coords(Xt, 50, s), 9, s)) for s in seeds]
    return float(np.mean(runs)), [round(r, 4) for r in runs]


def evaluate(t, y, variant, knowledge, seeds, beta):
    X, idf, vocab = build_matrix(t)
    Xt = rownorm(X @ sp.diags(idf ** 2))
    if variant == 'base':
        return score(Xt, y, seeds)
    if variant in ('clusters', 'entity-clusters'):
        # knowledge: the cluster tokens of each story, already listed
        t2 = [a + b for a, b in zip(t, knowledge)]
        X2, idf2, v2 = build_matrix(t2)
        weight = np.array([beta if v.startswith('#c') else 1.0 for v in v2])
        return score(rownorm(X2 @ sp.diags(idf2 ** 2 * weight)), y, seeds)
    words, W = knowledge
    if variant == 'smooth':
        widx = {w: i for i, w in enumerate(words)}
        cols = [j for j, v in enumerate(vocab) if v in widx]
        Wv = W[[widx[vocab[j]] for j in cols]]
        sim = Wv @ Wv.T
        np.fill_diagonal(sim, 0)
        top = np.argpartition(-sim, 10, axis=1)[:, :10]
        r = np.repeat(np.arange(len(cols)), 10)
        c = top.ravel()
        S = sp.csr_matrix((np.maximum(sim[r, c], 0), (np.array(cols)[r], np.array(cols)[c])),
                          shape=(len(vocab), len(vocab)))
        return score(rownorm(Xt + beta * rownorm(Xt @ S)), y, seeds)
    E = doc_embed(X, vocab, idf, words, W)
    runs = []
    for s in seeds:
        if variant == 'concat':
            Z = rownorm(np.hstack([lsa_coords(Xt, 50, s), beta * rownorm(E - E.mean(0))]))
        else:  # augX
            Z = lsa_coords(sp.csr_matrix(np.hstack([Xt.toarray(), beta * rownorm(E)])), 50, s)
        runs.append(nmi(y, spherical_kmeans(Z, 9, s)))
    return float(np.mean(runs)), [round(r, 4) for r in runs]


def stem_specificities(toks, clusters=30, min_stories=1):
    """Kullback-Leibler divergence of the cluster shares of each stem's stories from the
    corpus's, stories clustered without labels (the base pipeline, seed 1), with the number of
    stories; stems in fewer than `min_stories` left out."""
    X, idf, vocab = build_matrix(toks)
    a = spherical_kmeans(lsa_coords(rownorm(X @ sp.diags(idf ** 2)), 50, 1), clusters, 1)
    B = (X > 0).tocsc()
    corpus = np.bincount(a, minlength=clusters) / len(a)
    found = {}
    for j, v in enumerate(vocab):
        rows = B[:, j].nonzero()[0]
        if ' ' in v or len(rows) < min_stories:
            continue
        p = np.bincount(a[rows], minlength=clusters) / len(rows)
        found[v] = (float(np.sum(p[p > 0] * np.log(p[p > 0] / corpus[p > 0]))), len(rows))
    return found


def specificity(toks, stems):
    found = stem_specificities(toks)
    for stem in stems:
        if stem not in found:
            print(stem, 'not in the vocabulary')
        else:
            print(stem, found[stem][1], 'stories, KL', round(found[stem][0], 3))


def stage_formula_stems():
    """The Arabic words of the stage's news formula and general word lists
    (Plugins/TopicClustering/NewsFormulaWords.swift, GeneralWords.swift), folded as this script
    folds words: the stage never counts them as shared, so the pair counts can leave them out."""
    import re
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Plugins', 'TopicClustering')
    found = set()
    for name in ('NewsFormulaWords.swift', 'GeneralWords.swift'):
        for line in open(os.path.join(folder, name), encoding='utf-8'):
            word = line.strip().rstrip('+').strip()
            if word and not word.startswith('#') and ' ' not in word and re.search('[\u0621-\u064a]', word):
                found.update(tokens(word))
    return found


def fixture_pairs(toks, leave_out=frozenset()):
    """Pairs of Arabic fixture stories (same folder) sharing 3 or more stems, when stems in 10
    or more stories with a specificity below a threshold are not counted. A story's subject is
    its file name without digits (`ar-w1` -> w); x, y, e, t and sh stand alone in their folders,
    and each generic-pairs story is its own subject."""
    import glob
    import itertools
    kl = {v: k for v, (k, n) in stem_specificities(toks, min_stories=10).items()}
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Tests', 'TopicClusteringTests', 'Fixtures')
    stories = []
    for folder, pattern in (('five-desks', 'ar-*.txt'), ('analyst-ar', '*.txt'), ('analyst-check-ar', '*.txt'),
                            ('generic-pairs', 'ar-*.txt'), ('agency-ar', '*.txt')):
        for path in sorted(glob.glob(os.path.join(root, folder, pattern))):
            name = os.path.basename(path)[:-4]
            subject = name if folder == 'generic-pairs' else name.replace('ar-', '').rstrip('0123456789')
            stories.append((folder, subject, name, set(tokens(open(path, encoding='utf-8').read())) - leave_out))
    for threshold in (0, 0.5, 0.7, 1.0):
        same = differ = same3 = differ3 = 0
        for (f1, s1, n1, w1), (f2, s2, n2, w2) in itertools.combinations(stories, 2):
            if f1 != f2:
                continue
            shared = [w for w in w1 & w2 if kl.get(w, 9) >= threshold]
            if s1 == s2 and s1 not in ('x', 'y', 'e', 't', 'sh'):
                same += 1
                same3 += len(shared) >= 3
            else:
                differ += 1
                differ3 += len(shared) >= 3
                if len(shared) >= 3:
                    print('  different subjects', f1, n1, n2, 'share', shared)
        print('threshold', threshold, ': same-subject pairs sharing 3+', same3, 'of', same,
              '; different-subject pairs sharing 3+', differ3, 'of', differ, flush=True)
        agency = [(s1 == s2 and s1 != 'sh', len([w for w in w1 & w2 if kl.get(w, 9) >= threshold]) >= 3)
                  for (f1, s1, n1, w1), (f2, s2, n2, w2) in itertools.combinations(stories, 2)
                  if f1 == f2 == 'agency-ar']
        print('  agency-ar alone: same-subject', sum(1 for same_, hit in agency if same_ and hit), 'of',
              sum(1 for same_, hit in agency if same_), '; different-subject',
              sum(1 for same_, hit in agency if not same_ and hit), 'of', sum(1 for same_, hit in agency if not same_))


def main():
    warnings.filterwarnings('ignore')
    parser = argparse.ArgumentParser()
    parser.add_argument('tune')
    parser.add_argument('shared_data')
    parser.add_argument('--seeds', default='1,2,3')
    parser.add_argument('--fixture-pairs', action='store_true',
                        help='count the Arabic test-fixture story pairs that share 3 or more stems, '
                        'with stems of low specificity left out or not, and stop')
    parser.add_argument('--without-stage-formula', action='store_true',
                        help='with --fixture-pairs: leave out the stage\'s Arabic formula and general words first')
    parser.add_argument('--specificity', help='comma-separated light stems: print how unevenly '
                        'their stories fall into 30 unsupervised clusters of the whole file, and stop')
    parser.add_argument('--cluster-table', default=os.path.join(
        os.path.dirname(__file__), '..', 'Plugins', 'EntityLinking', 'Resources', 'word_clusters.tsv'))
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(',')]
    docs, labels = load(args.tune)
    ids = [json.loads(line)['id'] for line in open(args.tune, encoding='utf-8')]
    half = np.array([int(hashlib.sha256(('h' + str(i)).encode()).hexdigest(), 16) % 2 for i in ids])
    toks = [tokens(d) for d in docs]
    if args.specificity:
        specificity(toks, args.specificity.split(','))
        return
    if args.fixture_pairs:
        fixture_pairs(toks, stage_formula_stems() if args.without_stage_formula else frozenset())
        return
    wiki = list(wikifane_sentences(os.path.join(args.shared_data, 'ner', 'WikiFANE_Gold_2014_500K.txt')))
    tw = list(tweets(os.path.join(args.shared_data, 'sentiment', 'arsarcasm_v2_train.csv')))
    table = {}
    for line in open(args.cluster_table, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(p) == 4:
            table[p[0]] = (p[2], p[3])
    surface = [[norm(m.group()) for m in AR.finditer(d)] for d in docs]
    for part in (0, 1):
        sel = np.where(half == part)[0]
        t, y = [toks[i] for i in sel], [labels[i] for i in sel]
        print(part, 'base', evaluate(t, y, 'base', None, seeds, 0), flush=True)
        other = [docs[i] for i in np.where(half != part)[0]]
        wv = word_vectors(other + wiki + tw, dims=100)
        for variant, beta in (('concat', 0.5), ('concat', 1.0), ('augX', 0.5), ('augX', 1.0),
                              ('smooth', 0.3), ('smooth', 0.6)):
            print(part, variant, beta, evaluate(t, y, variant, wv, seeds, beta), flush=True)
        for nclus, beta in ((300, 0.3), (300, 1.0), (1000, 0.5), (1000, 1.0)):
            cm = cluster_terms(wv[0], wv[1], nclus, 0)
            extra = [['#c%d' % cm[w] for w in tt if w in cm] for tt in t]
            print(part, 'clusters', nclus, beta, evaluate(t, y, 'clusters', extra, seeds, beta), flush=True)
        external = word_vectors(wiki + tw, dims=100)
        cm = cluster_terms(external[0], external[1], 300, 0)
        extra = [['#c%d' % cm[w] for w in tt if w in cm] for tt in t]
        print(part, 'clusters, external text only', 300, 1.0,
              evaluate(t, y, 'clusters', extra, seeds, 1.0), flush=True)
        for level, beta in ((1, 0.5), (1, 1.0), (0, 0.5)):
            extra = [['#c%s' % table[w][level] for w in surface[i] if w in table and w not in STOP] for i in sel]
            print(part, 'entity-clusters', ['mid', 'fine'][level], beta,
                  evaluate(t, y, 'entity-clusters', extra, seeds, beta), flush=True)


if __name__ == '__main__':
    main()
