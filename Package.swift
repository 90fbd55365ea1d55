// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "swnb",
  products: [
    .executable(name: "swnb", targets: ["swnb"])
  ],
  targets: [
    .systemLibrary(name: "CCmark", path: "Sources/CCmark"),
    .systemLibrary(name: "COpenBLAS", path: "Sources/COpenBLAS"),
    .systemLibrary(name: "CComplexMath", path: "Sources/CComplexMath"),
    .target(name: "SwnbPrinting"),
    .target(name: "SwnbRandom"),
    // FMA kernels for small products, built for AVX2 + FMA; SwnbLinalg calls them only after
    // checking that OpenBLAS runs its Haswell/Zen kernels on this CPU.
    .target(
      name: "SwnbKernels", swiftSettings: [.unsafeFlags(["-target-cpu", "haswell"])]),
    .target(name: "SwnbLinalg", dependencies: ["COpenBLAS", "SwnbKernels"]),
    .target(
      name: "SwnbArray", dependencies: ["SwnbPrinting", "SwnbLinalg", "SwnbKernels", "CComplexMath"]),
    .target(name: "SwnbNMF", dependencies: ["SwnbLinalg", "SwnbRandom"]),
    .target(
      name: "SwnbScript",
      dependencies: ["SwnbArray", "SwnbRandom", "SwnbNMF", "SwnbPrinting", "SwnbLinalg"],
      // The interpreter's hot loops spend ~15% in dynamic exclusivity checks (callgrind).
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
    .target(name: "SwnbNotebook", dependencies: ["CCmark"]),
    .target(name: "SwnbCLI", dependencies: ["SwnbNotebook", "SwnbScript"]),
    .executableTarget(name: "swnb", dependencies: ["SwnbCLI"]),
    .executableTarget(name: "swnb-nmf-bench", dependencies: ["SwnbNMF", "SwnbLinalg"], path: "Sources/SwnbNMFBench"),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "SwnbPrintingTests", dependencies: ["SwnbPrinting", "TestSupport"], exclude: ["Goldens"]),
    .testTarget(name: "SwnbRandomTests", dependencies: ["SwnbRandom"], exclude: ["Goldens"]),
    .testTarget(
      name: "SwnbLinalgTests", dependencies: ["SwnbLinalg", "TestSupport"], exclude: ["Goldens"]),
    .testTarget(
      name: "SwnbArrayTests", dependencies: ["SwnbArray", "TestSupport"], exclude: ["Goldens"]),
    .testTarget(name: "SwnbNMFTests", dependencies: ["SwnbNMF"], exclude: ["Goldens"]),
    .testTarget(name: "SwnbScriptTests", dependencies: ["SwnbScript"], exclude: ["Goldens"]),
    .testTarget(
      name: "SwnbNotebookTests", dependencies: ["SwnbNotebook", "TestSupport"], exclude: ["Goldens"]),
    .testTarget(name: "SwnbCLITests", dependencies: ["SwnbCLI", "swnb"]),
  ]
)
