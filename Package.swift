// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Every bundled exercise in dialogues/ is compiled into the binary (see scripts/gen-bundled).
let dialogueFiles = ((try? FileManager.default.contentsOfDirectory(
    atPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("dialogues").path)) ?? []).sorted()
let bundledScripts = dialogueFiles.filter { $0.hasSuffix(".yaml") }
let dialogueExtras = dialogueFiles.filter { !$0.hasSuffix(".yaml") && $0 != "BundledDialogues.swift" }

let package = Package(
    name: "Alongside",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "alongside", targets: ["alongside"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure core: no I/O, no clock.
        .target(name: "DialogueModel"),
        .target(name: "DialogueCompiler", dependencies: ["DialogueModel", "Safety", .product(name: "Yams", package: "Yams")]),
        .target(name: "DialogueRuntime", dependencies: ["DialogueModel"]),
        .target(name: "Safety", resources: [.embedInCode("Resources/lexicon.tsv"), .embedInCode("Resources/helplines.tsv")]),
        .target(name: "Listening", resources: [.embedInCode("Resources/cues.tsv")]),
        .target(name: "BundledDialogues", path: "dialogues", exclude: dialogueExtras, sources: ["BundledDialogues.swift"],
                resources: bundledScripts.map { .embedInCode($0) }),
        // Shell: storage, terminal, command line.
        .target(name: "TranscriptStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .systemLibrary(name: "CReadline", pkgConfig: "readline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "LineEditing", dependencies: ["CReadline"]),
        .executableTarget(name: "alongside", dependencies: [
            "DialogueModel", "DialogueCompiler", "DialogueRuntime", "Safety", "Listening",
            "TranscriptStore", "LineEditing", "BundledDialogues",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DialogueCompilerTests", dependencies: ["DialogueCompiler", "DialogueModel"], exclude: ["Golden"]),
        .testTarget(name: "DialogueRuntimeTests", dependencies: ["DialogueRuntime", "DialogueCompiler", "DialogueModel"]),
        .testTarget(name: "SafetyTests", dependencies: ["Safety"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ListeningTests", dependencies: ["Listening"]),
        .testTarget(name: "TranscriptStoreTests", dependencies: ["TranscriptStore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["alongside"]),
    ]
)
