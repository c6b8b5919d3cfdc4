namespace TthcEngine.TestSupport;

/// <summary>The last lines of a server's log file, for failure messages.</summary>
internal static class LogTail
{
    public static string Read(string path, int lineCount = 40)
    {
        try
        {
            if (!File.Exists(path))
            {
                return $"(no log file at {path})";
            }

            // The server may still be writing it.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var lines = reader.ReadToEnd().Split('\n');
            return string.Join('\n', lines.TakeLast(lineCount + 1)).TrimEnd();
        }
        catch (IOException exception)
        {
            return $"(could not read {path}: {exception.Message})";
        }
        catch (UnauthorizedAccessException exception)
        {
            return $"(could not read {path}: {exception.Message})";
        }
    }
}
