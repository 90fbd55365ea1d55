/// The page around the body: styles (light and dark), and KaTeX when the page has math.
enum PageTemplate {
  /// The page titled `title` (already escaped) whose body `writeBody` appends, in one buffer
  /// reserved for `bodyCapacity` bytes of body.
  static func page(
    title: String, bodyCapacity: Int, katex: KaTeXAssets?, writeBody: (inout [UInt8]) -> Void
  ) -> [UInt8] {
    var head = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="swnb">
      <title>\(title)</title>
      <style>
      \(style)</style>

      """
    if let katex {
      head += "<style>\n\(katex.stylesheet)\n</style>\n"
      head += "<script>\n\(katex.script)\n</script>\n"
      head += "<script>\n\(katex.autoRender)\n</script>\n"
    }
    head += "</head>\n<body>\n<main>\n"
    var tail = "</main>\n"
    if katex != nil { tail += "<script>\n\(renderCall)</script>\n" }
    tail += "</body>\n</html>\n"
    var html: [UInt8] = []
    html.reserveCapacity(head.utf8.count + bodyCapacity + tail.utf8.count)
    html += head.utf8
    writeBody(&html)
    html += tail.utf8
    return html
  }

  /// Typesets each `span.math` with the four delimiter pairs (nothing else on the page is math).
  static let renderCall = """
    document.querySelectorAll("span.math").forEach(function (element) {
      renderMathInElement(element, {
        delimiters: [
          {left: "$$", right: "$$", display: true},
          {left: "\\\\[", right: "\\\\]", display: true},
          {left: "\\\\(", right: "\\\\)", display: false},
          {left: "$", right: "$", display: false}
        ],
        throwOnError: false
      });
    });

    """

  static let style = """
    :root { --fg: #1f2328; --bg: #ffffff; --muted: #6e7781; --code-bg: #f6f8fa; --border: #d0d7de;
      --out-bg: #ffffff; --err-bg: #fff0f0; --err-fg: #9a1c1c; --k: #cf222e; --s: #0a3069;
      --n: #0550ae; --c: #6e7781; --b: #8250df; --link: #0969da; }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e6edf3; --bg: #0d1117; --muted: #8b949e; --code-bg: #161b22; --border: #30363d;
        --out-bg: #0d1117; --err-bg: #2d1214; --err-fg: #ffa198; --k: #ff7b72; --s: #a5d6ff;
        --n: #79c0ff; --c: #8b949e; --b: #d2a8ff; --link: #58a6ff; }
    }
    body { margin: 0; background: var(--bg); color: var(--fg);
      font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
    main { max-width: 960px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
    a { color: var(--link); }
    pre, code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    pre { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px;
      padding: 0.6rem 0.8rem; overflow-x: auto; line-height: 1.4; }
    .cell { margin: 1.2rem 0; }
    .cell .input, .cell .output { display: grid; grid-template-columns: 5.5rem minmax(0, 1fr); align-items: start; }
    .cell .prompt { font-family: ui-monospace, monospace; font-size: 0.8em; color: var(--muted);
      text-align: right; padding: 0.7rem 0.6rem 0 0; white-space: nowrap; }
    .cell pre { margin: 0.25rem 0; }
    .cell .output pre { background: var(--out-bg); border-color: transparent; }
    .cell .output.stream pre { color: var(--fg); }
    .cell .output.result pre { border-left: 3px solid var(--border); }
    .cell .output.error pre { background: var(--err-bg); color: var(--err-fg); }
    .k { color: var(--k); font-weight: 600; } .s { color: var(--s); } .n { color: var(--n); }
    .c { color: var(--c); font-style: italic; } .b { color: var(--b); }
    .math.display { display: block; overflow-x: auto; overflow-y: hidden; }
    @media (max-width: 600px) {
      main { padding: 1rem 0.75rem 3rem; }
      .cell .input, .cell .output { display: block; }
      .cell .prompt { text-align: left; padding: 0.3rem 0 0; }
    }
    table { border-collapse: collapse; } td, th { border: 1px solid var(--border); padding: 0.3rem 0.6rem; }
    blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--border); color: var(--muted); }

    """
}
