namespace TthcEngine.IntegrationTests.Infrastructure;

/// <summary>
/// A bin folder whose initdb and pg_ctl never return, to prove the startup timeout fires.
/// Under /tmp and world-readable, because as root they run as the postgres user.
/// </summary>
internal sealed class HangingPostgresBin : IDisposable
{
    private const UnixFileMode ReadAndRun =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public HangingPostgresBin()
    {
        Path = System.IO.Path.Combine("/tmp", "tthc-fakebin-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        foreach (var program in new[] { "initdb", "pg_ctl" })
        {
            var script = System.IO.Path.Combine(Path, program);
            File.WriteAllText(script, "#!/bin/sh\necho 'pretending to work'\nexec sleep 600\n");
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(script, ReadAndRun);
            }
        }

        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(Path, ReadAndRun);
        }
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
