namespace TthcEngine.TestSupport;

/// <summary>Fresh per-server folders under /tmp, and their removal.</summary>
internal static class PrivateDirectory
{
    // Always /tmp, never $TMPDIR: the postgres user must be able to traverse every parent folder.
    private const string Root = "/tmp";

    private const UnixFileMode Traversable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public static string Create(string prefix)
    {
        // The servers, runuser and /proc are Linux things; fail plainly anywhere else.
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Private test servers run on Linux only; elsewhere set TTHC_TEST_POSTGRES / TTHC_TEST_RABBITMQ.");
        }

        var path = Path.Combine(Root, prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, Traversable);
        return path;
    }

    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover folder under /tmp must not turn a passing test run red.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: best effort only.
        }
    }
}
