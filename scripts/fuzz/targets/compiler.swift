import DialogueCompiler

/// libFuzzer entry: any bytes, read as (lossily decoded) UTF-8 YAML, must compile to a script or
/// to located diagnostics, never crash, hang or overflow the stack.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompiler(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = ScriptCompiler.compile(yaml: text, file: "fuzz.yaml")
    if result.script == nil && result.diagnostics.isEmpty {
        fatalError("no script and no diagnostic for \(size) bytes")
    }
    for diagnostic in result.diagnostics where diagnostic.location.line < 1 {
        fatalError("diagnostic without a line: \(diagnostic)")
    }
    return 0
}
