#if canImport(Glibc)
import Glibc

// `mallopt` is in <malloc.h>, which the Glibc module does not import.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// Process-wide memory settings for processes that run the worker.
public enum MemoryTuning {
    /// Caps glibc's malloc arenas. By default glibc gives threads that allocate at the same time
    /// arenas of their own, up to eight per core, and memory freed in one arena is not reused by
    /// another: with stage one and the aggregation lanes allocating on every pool thread, the
    /// backpressure soak peaked at 197 MiB with the default and 158 MiB with two arenas (142 MiB
    /// with one, but 20 % slower). The `MALLOC_ARENA_MAX` environment variable, when set, wins.
    ///
    /// Call it first thing in `main`, before other threads allocate. Returns whether the cap was
    /// applied (not on other C libraries, nor when the environment sets one).
    @discardableResult
    public static func limitMallocArenas(to count: Int = 2) -> Bool {
        #if canImport(Glibc)
        guard getenv("MALLOC_ARENA_MAX") == nil else { return false }
        let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        return glibcMallopt(arenaMax, Int32(clamping: max(1, count))) == 1
        #else
        return false
        #endif
    }
}
