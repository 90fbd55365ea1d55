/// The help pages (`swnb help [command]`), laid out as OVERVIEW / USAGE / OPTIONS.
enum HelpText {
  static let commands = ["run", "render", "check", "import"]

  static func usageLine(for command: String?) -> String {
    switch command {
    case "run":
      return
        "swnb run NB.md [-o OUT|-] [--to md|html|ipynb] [--timeout S] [--allow-errors] [--quiet] [--safe-html]"
    case "render": return "swnb render NB.md --to html|md|ipynb [-o OUT|-] [--safe-html]"
    case "check": return "swnb check NB.md [--rtol R] [--timeout S] [--quiet]"
    case "import": return "swnb import NB.ipynb [-o OUT|-]"
    default: return "swnb <command> [options]"
    }
  }

  static func page(for command: String?) -> String {
    switch command {
    case "run":
      return """
        OVERVIEW: Run every python cell of a notebook in order and write fresh outputs.

        USAGE: \(usageLine(for: "run"))

        ARGUMENTS:
          NB.md                   The notebook (CommonMark with ```python cells).

        OPTIONS:
          -o, --output OUT        Write to OUT ('-' for standard output); NB.md stays untouched.
          --to md|html|ipynb      What to write (default md: NB.md rewritten in place;
                                  html and ipynb go to NB.html / NB.ipynb beside it,
                                  and NB.md stays untouched).
          --timeout S             Stop a cell that runs longer than S seconds.
          --allow-errors          Go on after a cell raises without '#| error: true'.
          -q, --quiet             No progress on standard error.
          --safe-html             Drop raw HTML and unsafe links from the HTML.
          -h, --help              Show this help.

        EXIT STATUS: 0 all cells ran, 1 a cell raised unexpectedly (outputs up to it are
        written), 2 usage, parse or I/O error.

        """
    case "render":
      return """
        OVERVIEW: Publish a notebook with the outputs it stores, without running it.

        USAGE: \(usageLine(for: "render"))

        OPTIONS:
          --to html|md|ipynb      The format (html: NB.html beside NB.md, ipynb: NB.ipynb,
                                  md: the notebook itself on standard output).
          -o, --output OUT        Write to OUT ('-' for standard output).
          --safe-html             Drop raw HTML and unsafe links (for notebooks from strangers).
          -h, --help              Show this help.

        EXIT STATUS: 0, or 2 on a usage, parse or I/O error.

        """
    case "check":
      return """
        OVERVIEW: Run a notebook in memory and compare each cell's output with the stored one.

        USAGE: \(usageLine(for: "check"))

        OPTIONS:
          --rtol R                Numbers in outputs match within relative tolerance R.
          --timeout S             Stop a cell that runs longer than S seconds.
          -q, --quiet             No progress on standard error.
          -h, --help              Show this help.

        EXIT STATUS: 0 every cell matches, 1 a diff per mismatching cell is printed,
        2 usage, parse or I/O error.

        """
    case "import":
      return """
        OVERVIEW: Convert a Jupyter notebook (nbformat 4) into a swnb notebook.

        USAGE: \(usageLine(for: "import"))

        Markdown cells become prose as they are, code cells become ```python cells, and
        their text outputs become output and error blocks (colour codes removed). Raw
        cells are kept in a ```raw fence; images and stderr text are dropped with a note.

        OPTIONS:
          -o, --output OUT        Write to OUT ('-' for standard output). Without it,
                                  NB.md is written beside NB.ipynb if it does not exist.
          -h, --help              Show this help.

        EXIT STATUS: 0, or 2 on a usage, JSON, nbformat or I/O error.

        """
    default:
      return """
        OVERVIEW: swnb runs Markdown notebooks whose ```python cells are MatrixScript.

        USAGE: \(usageLine(for: nil))

        COMMANDS:
          run                     Run a notebook and write its outputs.
          render                  Publish a notebook as HTML, Markdown or ipynb.
          check                   Check that stored outputs are reproducible.
          import                  Convert a Jupyter notebook (.ipynb) into one.
          help [command]          Show help.

        OPTIONS:
          --version               Show the version.
          -h, --help              Show this help.

        See 'swnb help <command>' for a command's options.

        """
    }
  }
}
