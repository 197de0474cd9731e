/**
 * All of the widget's CSS, applied inside its shadow root: the host page's rules cannot reach in and these cannot
 * leak out. Brand colours arrive as custom properties set on the root (see view/theme.ts); every other colour is
 * fixed and meets WCAG AA on white.
 */
export const WIDGET_CSS = `
:host{all:initial}
.sb{--sb-brand:#374151;--sb-on-brand:#fff;--sb-accent:#1f2937;--sb-on-accent:#fff;--sb-ink:#111827;--sb-muted:#4b5563;--sb-line:#e5e7eb;--sb-soft:#f3f4f6;--sb-danger:#b91c1c;
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";color:var(--sb-ink);-webkit-font-smoothing:antialiased}
.sb *,.sb *::before,.sb *::after{box-sizing:border-box}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
[hidden]{display:none!important}
button,input,textarea{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:2px solid var(--sb-accent);outline-offset:2px}
.icon{width:24px;height:24px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.icon-chat,.icon-send{fill:currentColor;stroke:none}
.icon-more{stroke-width:3.2}

.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border:0;border-radius:50%;display:grid;place-items:center;
background:var(--sb-brand);color:var(--sb-on-brand);box-shadow:0 4px 14px rgba(0,0,0,.25);transition:background .15s,transform .15s}
.launcher:hover{background:var(--sb-accent);color:var(--sb-on-accent);transform:scale(1.05)}
.launcher .icon{width:28px;height:28px}
.badge{position:absolute;top:-2px;right:-2px;min-width:20px;height:20px;padding:0 6px;border-radius:10px;background:var(--sb-danger);color:#fff;
font-size:12px;font-weight:700;line-height:20px;text-align:center;box-shadow:0 0 0 2px #fff}

.panel{position:fixed;right:20px;bottom:88px;width:360px;height:560px;max-height:calc(100vh - 108px);display:flex;flex-direction:column;
background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 10px 40px rgba(0,0,0,.22),0 0 0 1px rgba(0,0,0,.06)}
@media (max-width:480px){.panel{inset:0;width:auto;height:auto;max-height:none;border-radius:0}}

.head{display:flex;align-items:center;gap:10px;padding:12px 8px 12px 14px;background:var(--sb-brand);color:var(--sb-on-brand);position:relative}
.logo{width:36px;height:36px;border-radius:9px;flex:none;background:rgba(255,255,255,.15)}
.who{flex:1;min-width:0}
.who h2{margin:0;font-size:15px;font-weight:650;line-height:1.3;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.who p{margin:0;font-size:12.5px;opacity:.92;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.hbtn{width:36px;height:36px;border:0;border-radius:8px;background:transparent;color:inherit;display:grid;place-items:center;flex:none}
.hbtn:hover{background:rgba(127,127,127,.22)}
.hbtn .icon{width:20px;height:20px}
.menu{position:absolute;top:52px;right:48px;z-index:2;min-width:150px;padding:4px;margin:0;list-style:none;background:#fff;color:var(--sb-ink);
border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.2)}
.menu button{display:block;width:100%;padding:8px 12px;border:0;border-radius:6px;background:none;text-align:left}
.menu button:hover,.menu button:focus-visible{background:var(--sb-soft)}

.body{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:14px 14px 6px;display:flex;flex-direction:column;gap:10px}
.log{display:flex;flex-direction:column;gap:6px}
.row{display:flex;flex-direction:column;align-items:flex-start;max-width:100%}
.row.mine{align-items:flex-end}
.row.system{align-items:center}
.author{font-size:12px;font-weight:600;color:var(--sb-muted);margin:6px 0 2px 4px}
.bubble{max-width:82%;padding:8px 12px;border-radius:16px;background:var(--sb-soft);white-space:pre-wrap;overflow-wrap:anywhere;border-bottom-left-radius:4px}
.mine .bubble{background:var(--sb-brand);color:var(--sb-on-brand);border-radius:16px;border-bottom-right-radius:4px}
.mine.pending .bubble{opacity:.75}
.mine.failed .bubble{opacity:.6}
.system .bubble{background:none;padding:2px 8px;font-size:12.5px;color:var(--sb-muted);text-align:center;max-width:95%}
.greeting .bubble{background:var(--sb-soft)}
.meta{font-size:11.5px;color:var(--sb-muted);margin:2px 4px 0}
.error{font-size:12.5px;color:var(--sb-danger);margin:3px 4px 0;text-align:right;max-width:82%}
.error .fix{display:flex;justify-content:flex-end;gap:12px;margin-top:2px}
.error button{border:0;background:none;padding:2px 0;color:var(--sb-ink);text-decoration:underline;font-size:12.5px}
.typing{font-size:12.5px;color:var(--sb-muted);font-style:italic;min-height:0}

.status{padding:7px 14px;font-size:12.5px;color:var(--sb-ink);background:var(--sb-soft);border-top:1px solid var(--sb-line);text-align:center}
.composer{display:flex;align-items:flex-end;gap:8px;padding:10px 10px 10px 14px;border-top:1px solid var(--sb-line)}
.composer textarea{flex:1;resize:none;border:0;outline:0;padding:8px 0;max-height:120px;min-height:36px;line-height:1.4;background:transparent}
.composer .send{width:38px;height:38px;border:0;border-radius:50%;background:var(--sb-brand);color:var(--sb-on-brand);display:grid;place-items:center;flex:none}
.composer .send:hover{background:var(--sb-accent);color:var(--sb-on-accent)}
.composer .send:disabled{background:var(--sb-line);color:var(--sb-muted);cursor:default}
.composer .send .icon{width:18px;height:18px}
.limit{padding:0 14px 8px;font-size:12px;color:var(--sb-muted)}
.limit.over{color:var(--sb-danger)}

.card{border:1px solid var(--sb-line);border-radius:12px;padding:14px;display:flex;flex-direction:column;gap:10px;background:#fff}
.card h3{margin:0;font-size:14.5px;font-weight:650}
.card p{margin:0;color:var(--sb-muted)}
.field{display:flex;flex-direction:column;gap:4px}
.field label,.field legend{font-size:12.5px;font-weight:600;color:var(--sb-ink)}
.field input,.field textarea{width:100%;padding:8px 10px;border:1px solid #9ca3af;border-radius:8px;background:#fff}
.field textarea{resize:vertical;min-height:64px;max-height:200px}
.field input:focus,.field textarea:focus{outline:2px solid var(--sb-accent);outline-offset:0;border-color:transparent}
.primary{padding:9px 14px;border:0;border-radius:8px;background:var(--sb-brand);color:var(--sb-on-brand);font-weight:600}
.primary:hover{background:var(--sb-accent);color:var(--sb-on-accent)}
.primary:disabled{opacity:.6;cursor:default}
.secondary{padding:9px 14px;border:1px solid #9ca3af;border-radius:8px;background:#fff;font-weight:600}
.secondary:hover{background:var(--sb-soft)}
.actions{display:flex;gap:8px;justify-content:flex-end;flex-wrap:wrap}
.form-error{margin:0;color:var(--sb-danger);font-size:12.5px}
.confirm{display:flex;align-items:center;gap:8px;flex-wrap:wrap;padding:10px 14px;border-top:1px solid var(--sb-line)}
.confirm p{flex:1;margin:0;font-weight:600;min-width:120px}

.rating{border:0;margin:0;padding:0}
.rating legend{margin-bottom:4px;padding:0;font-size:14px;font-weight:600}
.stars{display:flex;gap:2px}
.stars input{position:absolute;opacity:0;width:1px;height:1px}
.stars label{font-size:28px;line-height:1;color:#9ca3af;cursor:pointer;padding:0 2px;border-radius:4px}
.stars input:checked+label,.stars label.lit{color:#b45309}
.stars input:focus-visible+label{outline:2px solid var(--sb-accent)}
.ended{display:flex;flex-direction:column;gap:10px}
.ended>.actions{justify-content:center}
.quiet{margin:0;color:var(--sb-muted);text-align:center;font-size:13px}
`;
