/// A YAML value as written in a scenario, with where it was written.
///
/// Scalars keep their raw text: SeedKit parses every value itself (see ``ValueReader``). An
/// alias is composed as the node it names, shared rather than copied.
enum YAMLNode {
    case scalar(Scalar)
    case sequence([YAMLNode], mark: SourceMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], mark: SourceMark)

    /// A scalar's text, how it was written, and where.
    struct Scalar {
        var string: String
        var style: Style
        var mark: SourceMark
    }

    /// How a scalar was written; only plain scalars can be empty values, `true` or numbers.
    enum Style: UInt32 {
        // libyaml's yaml_scalar_style_t, in its order.
        case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// Where the node starts.
    var mark: SourceMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }
}

/// A 1-based line and column, counted in Unicode scalars as libyaml counts them.
struct SourceMark: Equatable {
    var line: Int
    var column: Int
}
