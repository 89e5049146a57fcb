/// The router's compiled tables as one flat, read-only byte image, read in place.
///
/// Layout (native byte order, every section 8-byte aligned): a header (magic, format version, the hash
/// of the sources it was compiled from, section count), a table of `(offset, byte count)` per `Section`,
/// then the sections. The core image is generated at development time (`scripts/gen-router-image`) and
/// embedded in the binary; rules added at run time are compiled into an image of the same form in memory.
///
/// Format 3 (issue 15, after safety rounds 17 and 18) stores the phrase automaton densely: one bit-packed record per
/// state (`PackedStates`: label, output list, first child and failure link together, each field only as wide as
/// the image needs; 9 bytes a state in the core instead of four 32-bit arrays, 16 bytes in four places in memory)
/// and each distinct output list once (6,747 lists, 12,134 outputs, instead of 576,154 outputs repeated along
/// failure chains and a 32-bit offset per state). The core image went from 14.6 to 7.5 MB (the automaton's
/// 693,439 states from 13.4 to 6.3 MB); a stored grounding run touches 39 pages of the automaton instead of 123.
/// With safety round 19's rules (state numbers need 21 bits) the image is 12.2 MB, where format 2 would take 24.1 MB;
/// with round 20's (still 21 bits) 14.4 MB. Format 4 (round 21) adds the rules' structure (`ruleFacts`) and the
/// lexicon's byte count in the header's last word, so a start reads neither the lexicon text nor its hash;
/// format 5 writes each rule's level and effect by name instead of the lexicon's level word.
struct RouterImage: @unchecked Sendable {
    /// The arrays an image holds, in order. `stateShape` (12 bytes, read when the matcher is made) comes first, on
    /// the header's page: next to the automaton it made every start fault in 64 KB of states (the kernel maps the
    /// neighbours of a faulting page too), 0.3 MiB more for a one-line scan.
    enum Section: Int, CaseIterable {
        case stateShape
        case wordOffsets, wordBytes, flags
        case exactKeys, exactValues, squeezedKeys, squeezedValues, stemKeys, stemValues, stemLengths
        case deletionKeys, deletionValues, keyWordOffsets, keyWordBytes, keyIDs
        case longKeyKeys, longKeyValues, longBucketOffsets, longBucketItems
        case rootChildren, states, outputLists, outputs
        /// The rules' structure (`RuleFactsSection`): what the router reads at start instead of the lexicon text.
        case ruleFacts
    }

    /// "ALRI" read as a little-endian number: an image written on a machine of the other byte order fails it.
    static let magic: UInt32 = 0x4952_4C41
    /// Bumped whenever the layout or the meaning of a section changes.
    static let formatVersion: UInt32 = 5
    static let headerSize = 24

    /// Hash of everything the image was compiled from (see `PhraseCompiler.sourceHash`).
    let sourceHash: UInt64
    /// Byte count of the lexicon text the image was compiled from (0 for images of rules added at run time).
    let lexiconSize: Int
    private let base: UnsafeRawPointer
    private let sections: [(offset: Int, count: Int)]
    /// Keeps the bytes alive when the image was compiled at run time; nil for the embedded image.
    private let owner: AnyObject?

    /// Reads an image's header; nil when the bytes are not a complete image of this format.
    init?(bytes: UnsafeRawBufferPointer, owner: AnyObject?) {
        guard let base = bytes.baseAddress, bytes.count >= RouterImage.headerSize,
              Int(bitPattern: base) % 8 == 0,
              bytes.load(as: UInt32.self) == RouterImage.magic,
              bytes.load(fromByteOffset: 4, as: UInt32.self) == RouterImage.formatVersion,
              Int(bytes.load(fromByteOffset: 16, as: UInt32.self)) == Section.allCases.count
        else { return nil }
        let tableEnd = RouterImage.headerSize + 8 * Section.allCases.count
        guard bytes.count >= tableEnd else { return nil }
        var sections: [(offset: Int, count: Int)] = []
        for index in Section.allCases.indices {
            let at = RouterImage.headerSize + 8 * index
            let offset = Int(bytes.load(fromByteOffset: at, as: UInt32.self))
            let count = Int(bytes.load(fromByteOffset: at + 4, as: UInt32.self))
            guard offset % 8 == 0, offset >= tableEnd, offset + count <= bytes.count else { return nil }
            sections.append((offset, count))
        }
        self.sourceHash = bytes.load(fromByteOffset: 8, as: UInt64.self)
        self.lexiconSize = Int(bytes.load(fromByteOffset: 20, as: UInt32.self))
        self.base = base
        self.sections = sections
        self.owner = owner
    }

    /// Section `section` as an array of `T`.
    func array<T: FixedWidthInteger>(_ section: Section, of type: T.Type = T.self) -> UnsafeBufferPointer<T> {
        let (offset, count) = sections[section.rawValue]
        guard count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: (base + offset).assumingMemoryBound(to: T.self),
                                   count: count / MemoryLayout<T>.stride)
    }

    /// Copies `bytes` into memory this image owns (for images compiled at run time).
    static func owning(_ bytes: [UInt8]) -> RouterImage? {
        let storage = ImageStorage(bytes)
        return RouterImage(bytes: UnsafeRawBufferPointer(start: storage.pointer, count: bytes.count), owner: storage)
    }
}

/// Aligned heap memory holding an image compiled at run time.
private final class ImageStorage {
    let pointer: UnsafeMutableRawPointer

    init(_ bytes: [UInt8]) {
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }

    deinit { pointer.deallocate() }
}
