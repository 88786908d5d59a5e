internal import Foundation

/// Writes a report page: under a temporary name in the same folder, then renamed into place, so
/// a reader never sees half a page. An existing page is replaced (a report is remade at will).
public enum ReportFile {
    /// Writes `html` to `path`, whose folder must exist.
    public static func write(_ html: String, to path: String) throws(SinkError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        do {
            try Data(html.utf8).write(to: temporary)
            guard rename(temporary.path, path) == 0 else {
                throw SinkError.io(path: path, message: "cannot write the report: \(String(cString: strerror(errno)))")
            }
        } catch let error as SinkError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: path, message: "cannot write the report: \(error.localizedDescription)")
        }
    }
}
