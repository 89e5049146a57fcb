/// A short stable fingerprint of bytes: FNV-1a (64 bit) in hexadecimal.
///
/// Used for a script's source (`ScriptImage`, is an image current?) and for a compiled script (`ScriptHash`,
/// did the script change since a session began?). Not a security hash.
public enum Fingerprint {
    /// FNV-1a (64 bit) of `bytes`, in hexadecimal without leading zeros.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return String(hash, radix: 16)
    }
}
