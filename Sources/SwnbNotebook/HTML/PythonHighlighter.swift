/// A small Python tokenizer that wraps keywords, strings, numbers and comments in spans.
///
/// It only colours text: whatever it does not recognise is escaped and copied as is.
enum PythonHighlighter {
  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", "match", "case",
  ]
  static let builtins: Set<String> = [
    "abs", "all", "any", "bool", "dict", "enumerate", "float", "int", "isinstance", "len", "list",
    "map", "max", "min", "print", "range", "reversed", "round", "set", "sorted", "str", "sum",
    "tuple", "type", "zip",
  ]

  /// The highlighted HTML of `source` (escaped, with `<span class="…">` around tokens).
  static func highlight(_ source: String) -> String {
    let scalars = Array(source.unicodeScalars)
    var html = ""
    var index = 0
    func emit(_ start: Int, _ end: Int, _ kind: String?) {
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars[start..<end])
      let escaped = HTMLEscape.escape(text)
      html += kind.map { "<span class=\"\($0)\">\(escaped)</span>" } ?? escaped
    }
    while index < scalars.count {
      let scalar = scalars[index]
      let start = index
      if scalar == "#" {
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
        emit(start, index, "c")
      } else if let end = stringEnd(scalars, at: index) {
        index = end
        emit(start, index, "s")
      } else if isDigit(scalar)
        || (scalar == "." && index + 1 < scalars.count && isDigit(scalars[index + 1]))
      {
        index += 1
        while index < scalars.count, isNumberPart(scalars[index], previous: scalars[index - 1]) {
          index += 1
        }
        emit(start, index, "n")
      } else if isIdentifierStart(scalar) {
        while index < scalars.count, isIdentifierStart(scalars[index]) || isDigit(scalars[index]) {
          index += 1
        }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[start..<index])
        let kind = keywords.contains(word) ? "k" : builtins.contains(word) ? "b" : nil
        emit(start, index, kind)
      } else {
        index += 1
        emit(start, index, nil)
      }
    }
    return html
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

  private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
      || scalar.value > 0x7F
  }

  private static func isNumberPart(_ scalar: Unicode.Scalar, previous: Unicode.Scalar) -> Bool {
    if isDigit(scalar) || scalar == "." || scalar == "_" || scalar == "j" || scalar == "J" {
      return true
    }
    if scalar == "e" || scalar == "E" || scalar == "x" || scalar == "X" || scalar == "o"
      || scalar == "b"
    {
      return true
    }
    if (scalar == "+" || scalar == "-") && (previous == "e" || previous == "E") { return true }
    return (scalar >= "a" && scalar <= "f") || (scalar >= "A" && scalar <= "F")
  }

  /// Where a string literal starting at `index` (with an optional r/b/f/u prefix) ends.
  private static func stringEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    var quoteIndex = index
    while quoteIndex < scalars.count, quoteIndex - index < 2,
      "rRbBfFuU".unicodeScalars.contains(scalars[quoteIndex])
    {
      quoteIndex += 1
    }
    guard quoteIndex < scalars.count, scalars[quoteIndex] == "\"" || scalars[quoteIndex] == "'"
    else {
      return nil
    }
    if quoteIndex > index, index > 0, isIdentifierStart(scalars[index - 1]) { return nil }
    let quote = scalars[quoteIndex]
    let triple =
      quoteIndex + 2 < scalars.count && scalars[quoteIndex + 1] == quote
      && scalars[quoteIndex + 2] == quote
    var position = quoteIndex + (triple ? 3 : 1)
    while position < scalars.count {
      let scalar = scalars[position]
      if scalar == "\\" {
        position += 2
        continue
      }
      if !triple && scalar == "\n" { return position }
      if scalar == quote {
        if !triple { return position + 1 }
        if position + 2 < scalars.count, scalars[position + 1] == quote,
          scalars[position + 2] == quote
        {
          return position + 3
        }
      }
      position += 1
    }
    return scalars.count
  }
}
