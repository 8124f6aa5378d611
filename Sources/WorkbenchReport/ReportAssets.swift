/// The report's inline style sheet and script: no file, font or library is fetched.
enum ReportAssets {
  /// Background colours of stages' highlights, by colour index (repeats after ten stages).
  static let stagePalette = [
    "#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe",
    "#fed7aa", "#a5f3fc", "#e5e7eb", "#d9f99d", "#fecaca",
  ]

  /// Fonts that render Arabic well on each platform, before the generic families.
  static let fontStack =
    "\"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Geeza Pro\", \"Segoe UI\", \"Dubai\", Tahoma, \"Noto Sans\", \"DejaVu Sans\", system-ui, -apple-system, Arial, sans-serif"

  static func styleSheet(stageCount: Int) -> String {
    var css = """
      :root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f8fafc;--card:#fff;--accent:#1d4ed8;
      --pos:#15803d;--neg:#b91c1c;--neu:#9ca3af;--past:#2563eb;--same:#d97706;--future:#7c3aed;--pub:#111827}
      *{box-sizing:border-box}
      body{margin:0;font-family:\(fontStack);color:var(--ink);background:var(--bg);line-height:1.5;font-size:15px}
      nav.top{position:sticky;top:0;z-index:5;background:#0f172a;color:#e2e8f0;padding:.5rem 1.25rem;display:flex;gap:1.1rem;align-items:baseline;white-space:nowrap;overflow-x:auto}
      nav.top strong{color:#fff;font-size:1.05rem;overflow:hidden;text-overflow:ellipsis;max-width:40vw}
      nav.top a{color:#cbd5e1;text-decoration:none}
      nav.top a:hover{color:#fff;text-decoration:underline}
      main{max-width:1180px;margin:0 auto;padding:1rem 1.25rem 4rem}
      section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;margin:1.25rem 0;scroll-margin-top:3.2rem}
      h1{font-size:1.5rem;margin:.2rem 0 .2rem}
      h2{font-size:1.25rem;margin:.2rem 0 .8rem;border-bottom:1px solid var(--line);padding-bottom:.4rem}
      h3{font-size:1.05rem;margin:.6rem 0 .4rem}
      .muted,.meta{color:var(--muted)}
      .meta{font-size:.85rem;margin:.1rem 0}
      .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:.6rem;margin:.8rem 0}
      .fact{border:1px solid var(--line);border-radius:8px;padding:.5rem .7rem;background:#f9fafb}
      .fact b{display:block;font-size:1.35rem}
      .fact span{color:var(--muted);font-size:.8rem}
      table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.4rem 0 1rem}
      th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
      th{background:#f1f5f9;font-weight:600}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.ar{font-size:1rem}
      td.when,td.stage{white-space:nowrap}
      code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.82rem;word-break:break-all}
      .scroll{overflow-x:auto}
      .legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;margin:.3rem 0 .6rem;align-items:center}
      .key{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;vertical-align:-2px;margin-inline-end:.25rem;border:1px solid #0002}
      svg{max-width:100%;height:auto;display:block}
      svg text{font-family:\(fontStack);fill:var(--ink)}
      .axis line,.axis path{stroke:#9ca3af}
      .axis text{font-size:11px;fill:var(--muted)}
      .past{fill:var(--past);color:var(--past)} .same{fill:var(--same);color:var(--same)}
      .future{fill:var(--future);color:var(--future)} .pub{fill:var(--pub);color:var(--pub)} .undated{fill:#9ca3af;color:#6b7280}
      .ctx{margin:.15rem 0;font-size:.95rem}
      .ctx mark{background:#fde68a;border-radius:3px;padding:0 .1rem}
      .tag{display:inline-block;border-radius:999px;padding:0 .45rem;font-size:.75rem;border:1px solid currentColor;white-space:nowrap}
      .bars{display:grid;grid-template-columns:minmax(0,19rem) minmax(8rem,1fr) 3.2rem;gap:.25rem .6rem;align-items:center;font-size:.88rem;margin:.4rem 0 1rem}
      .bars .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      .track{position:relative;height:.95rem;background:#f3f4f6;border-radius:3px}
      .track::after{content:"";position:absolute;left:50%;top:-2px;bottom:-2px;border-left:1px solid #6b7280}
      .bar{position:absolute;top:0;bottom:0;border-radius:3px}
      .bar.pos{background:var(--pos)} .bar.neg{background:var(--neg)} .bar.neu{background:var(--neu)}
      .hist{display:flex;align-items:flex-end;gap:2px;height:120px;border-bottom:1px solid #9ca3af;margin:.5rem 0 .2rem}
      .hist div{flex:1;min-height:1px}
      .topics{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:.8rem}
      .topic{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
      .terms{display:flex;flex-wrap:wrap;gap:.3rem;margin:.4rem 0}
      .term{background:#eef2ff;border-radius:4px;padding:0 .35rem;font-size:.95rem}
      .topic ol{margin:.2rem 0;padding-inline-start:1.3rem;font-size:.9rem}
      .pager{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.4rem 0 .8rem;position:sticky;top:2.5rem;background:var(--card);z-index:2;padding:.4rem 0;border-bottom:1px solid var(--line)}
      .pager input[type=number]{width:4.5rem}
      .pager input[type=search]{min-width:16rem}
      #find-results{margin:0 0 .6rem;font-size:.9rem}
      .page[hidden]{display:none}
      td.config{font-size:.8rem;min-width:13rem}
      @media (max-width:640px){
      nav.top{position:static;flex-wrap:wrap;white-space:normal;gap:.2rem .8rem;padding:.4rem .7rem}
      nav.top strong{flex-basis:100%;max-width:none;white-space:nowrap}
      main{padding:.5rem .4rem 3rem}
      section{padding:.7rem .6rem;scroll-margin-top:5rem}
      .bars{grid-template-columns:minmax(0,8rem) minmax(4rem,1fr) 2.6rem}
      .topics{grid-template-columns:1fr}
      .pager{position:static}
      .pager input[type=search]{min-width:0;width:100%}
      }
      article.doc{border-top:2px solid var(--line);padding:.6rem 0 1rem;content-visibility:auto;contain-intrinsic-size:auto 900px}
      article.doc h3 .n{color:var(--muted);text-decoration:none;font-weight:400;margin-inline-end:.3rem}
      .chips{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0}
      .chip{border-radius:999px;padding:.05rem .55rem;font-size:.8rem;border:1px solid #0002}
      .chip.pos{box-shadow:inset 0 -3px 0 var(--pos)} .chip.neg{box-shadow:inset 0 -3px 0 var(--neg)} .chip.neu{box-shadow:inset 0 -3px 0 var(--neu)}
      .text{font-size:1.12rem;line-height:2.05;max-width:60rem;margin-inline:auto}
      .text p{margin:.35rem 0;unicode-bidi:plaintext;text-align:start}
      .text p:empty{display:none}
      .text .a{cursor:pointer}
      .text .hl{border-radius:3px;padding:.1em 0}
      .text .tone{padding-bottom:1px}
      .text .tone.pos{border-bottom:2px solid var(--pos)} .text .tone.neg{border-bottom:2px solid var(--neg)} .text .tone.neu{border-bottom:2px dotted var(--neu)}
      .text .tgt{box-shadow:inset 0 -4px 0 var(--neu);border-radius:3px} .text .tgt.pos{box-shadow:inset 0 -4px 0 var(--pos)} .text .tgt.neg{box-shadow:inset 0 -4px 0 var(--neg)}
      .text .bp{color:#9ca3af}
      .text .bp .hl{opacity:.6}
      #pop{position:absolute;z-index:10;max-width:32rem;background:#111827;color:#f9fafb;border-radius:8px;padding:.5rem .7rem;font-size:.85rem;box-shadow:0 6px 24px #0004}
      #pop div+div{border-top:1px solid #374151;margin-top:.3rem;padding-top:.3rem}
      @media print{nav.top,.pager{position:static}.page[hidden]{display:block}}

      """
    for color in 0..<max(1, min(stageCount, stagePalette.count)) {
      let background = stagePalette[color]
      css += ".s\(color).hl,.key.s\(color),.chip.s\(color){background:\(background)}\n"
      css +=
        ".hide-s\(color) .s\(color){background:none!important;border-bottom:0!important;box-shadow:none!important;color:inherit!important}\n"
    }
    return css
  }

  static let script = """
    (function(){
    var docs=document.getElementById('documents'),holder=document.getElementById('pages');
    if(!holder)return;
    var pages=[].slice.call(holder.children),size=+holder.dataset.size||1,current=0;
    var input=document.getElementById('page-input'),info=document.getElementById('page-info');
    function show(k){if(!pages.length)return;k=Math.max(0,Math.min(pages.length-1,k));pages[current].hidden=true;pages[k].hidden=false;current=k;input.value=k+1;
    var total=+holder.dataset.total;info.textContent='of '+pages.length+' (documents '+(k*size+1)+'–'+Math.min(total,(k+1)*size)+' of '+total+')';}
    document.getElementById('prev').onclick=function(){show(current-1);docs.scrollIntoView();};
    document.getElementById('next').onclick=function(){show(current+1);docs.scrollIntoView();};
    input.onchange=function(){show((+input.value||1)-1);};
    function goHash(){var m=/^#doc-(\\d+)$/.exec(location.hash);if(!m)return;var n=+m[1];show(Math.floor(n/size));var el=document.getElementById('doc-'+n);if(el)el.scrollIntoView();}
    window.addEventListener('hashchange',goHash);show(0);goHash();
    var index=JSON.parse(document.getElementById('doc-index').textContent);
    var find=document.getElementById('find'),results=document.getElementById('find-results');
    find.oninput=function(){var q=find.value.trim().toLowerCase();results.textContent='';if(!q)return;var n=0;
    for(var i=0;i<index.length&&n<20;i++){var d=index[i];if(d[0].toLowerCase().indexOf(q)>=0||d[1].toLowerCase().indexOf(q)>=0){
    var li=document.createElement('li'),a=document.createElement('a');a.href='#doc-'+i;a.textContent=d[1]+' — '+d[0];a.dir='auto';li.appendChild(a);results.appendChild(li);n++;}}
    if(!n)results.textContent='No document matches.';};
    [].forEach.call(document.querySelectorAll('input[data-stage]'),function(cb){cb.onchange=function(){docs.classList.toggle('hide-s'+cb.dataset.stage,!cb.checked);};});
    var pop=document.getElementById('pop');
    document.addEventListener('click',function(e){var span=e.target.closest&&e.target.closest('.text .a');if(!span){pop.hidden=true;return;}
    pop.textContent='';for(var el=span;el&&el.classList&&el.classList.contains('a');el=el.parentElement){var d=document.createElement('div');d.textContent=el.title;d.dir='ltr';pop.appendChild(d);}
    pop.hidden=false;var r=span.getBoundingClientRect();pop.style.top=(window.scrollY+r.bottom+6)+'px';
    pop.style.left=Math.max(8,Math.min(window.scrollX+r.left,window.scrollX+document.documentElement.clientWidth-pop.offsetWidth-8))+'px';});
    document.addEventListener('keydown',function(e){if(e.key==='Escape')pop.hidden=true;});
    })();
    """
}
