/// How rows travel in `COPY … FROM STDIN`.
enum CopyFormat: Sendable {
    /// ``CopyText``: tab-separated text the server parses; works into any column type that can
    /// read the text, so it is the format for the application's own tables.
    case text
    /// ``CopyBinary``: each value already in the server's form; about 1.7× less work for the
    /// server than text, but every value must match its column's type exactly, so it is used
    /// only for the tables SeedKit creates itself.
    case binary

    /// The COPY option naming the format, if it is not the default.
    var option: String? {
        switch self {
        case .text: nil
        case .binary: "FORMAT binary"
        }
    }

    /// Bytes the stream starts with, before the first row.
    var header: [UInt8] {
        switch self {
        case .text: []
        case .binary: CopyBinary.header
        }
    }

    /// Bytes the stream ends with, after the last row.
    var trailer: [UInt8] {
        switch self {
        case .text: []
        case .binary: CopyBinary.trailer
        }
    }
}
