import Testing

@testable import SwnbScript

/// SHA-1 names IPython's cells; digests from Python's hashlib, across the padding boundaries
/// (55, 56 and 64 bytes) and for UTF-8 text.
@Suite struct SHA1Tests {
  static let vectors: [(String, String)] = [
    ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    (String(repeating: "a", count: 55), "c1c8bbdc22796e28c0e15163d20899b65621d65a"),
    (String(repeating: "a", count: 56), "c2db330f6083854c99d4b5bfb6e8f29f201be699"),
    (String(repeating: "a", count: 64), "0098ba824b5c16427bd7a1122a5a442a25ec644d"),
    ("é∑\n", "bddf6f5485c7d5e13ca7c08297a94a44d12693a0"),
  ]

  @Test func digestsMatchHashlib() {
    for (text, digest) in SHA1Tests.vectors {
      #expect(SHA1.hexDigest(text.utf8) == digest)
    }
  }
}
