/// Lays out compiled router tables as a `RouterImage`.
struct RouterImageWriter {
    private var sections: [[UInt8]] = Array(repeating: [], count: RouterImage.Section.allCases.count)

    /// Stores `values` as section `section`.
    mutating func put<T: FixedWidthInteger>(_ section: RouterImage.Section, _ values: [T]) {
        sections[section.rawValue] = values.withUnsafeBytes { Array($0) }
    }

    /// The image bytes, stamped with `sourceHash` and the byte count of the lexicon they came from.
    func bytes(sourceHash: UInt64, lexiconSize: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
        append(RouterImage.magic)
        append(RouterImage.formatVersion)
        append(sourceHash)
        append(UInt32(sections.count))
        append(UInt32(lexiconSize))
        var offset = RouterImage.headerSize + 8 * sections.count
        for section in sections {
            append(UInt32(offset))
            append(UInt32(section.count))
            offset += (section.count + 7) / 8 * 8
        }
        for section in sections {
            out.append(contentsOf: section)
            out.append(contentsOf: repeatElement(0, count: (8 - section.count % 8) % 8))
        }
        return out
    }
}
