using System.Diagnostics;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>The built <c>tthc</c> program against the running service, as an officer's script would use it.</summary>
public sealed class CliTests(TthcServer server) : IClassFixture<TthcServer>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-cli-").FullName;

    private string Server => server.BaseAddress.ToString();

    [Fact]
    public async Task LoginReceiveShowCompleteLookup_AgainstTheService_PrintTheDossier()
    {
        var tokenFile = Path.Combine(folder, "desk.token");

        var login = await Tthc("login", "--server", Server, "--user", Officers.CocSanDesk, "--password", TthcServer.Password, "--token-file", tokenFile);
        var receive = await Tthc(
            "dossier", "receive", "--server", Server, "--token-file", tokenFile, "--procedure", "1.001193",
            "--applicant-name", "Ma Thị Dung", "--id-number", "012345678911",
            "--document", "to-khai", "--document", "giay-chung-sinh", "--document", "giay-to-tuy-than:copy:1", "--idempotency-key", "cli-1");
        var fields = receive.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        var show = await Tthc("dossier", "show", fields["code"], "--server", Server, "--token-file", tokenFile);
        var complete = await Tthc(
            "dossier", "complete", fields["code"], "--step", "tham-dinh", "--opinion", "Đủ điều kiện.",
            "--server", Server, "--token", await server.TokenOf(Officers.CocSanCivilStatus));
        var lookup = await Tthc("dossier", "lookup", fields["code"], "--pin", fields["pin"], "--server", Server);

        login.Should().Be(new Run(0, $"Token saved to {tokenFile} (valid 8:00:00).\n", ""));
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(tokenFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the token signs in as the officer");
        }

        receive.ExitCode.Should().Be(0, receive.Error);
        fields.Keys.Should().Equal("code", "pin", "due", "id");
        fields["code"].Should().StartWith("000.21.40.H40-260309-");
        fields["due"].Should().Be("2026-03-09T17:30:00+07:00");
        show.ExitCode.Should().Be(0, show.Error);
        show.Output.Should().Contain("state: 4 Đang xử lý").And.Contain("active steps:\n  tham-dinh\t").And.Contain("timeline:\n  tiep-nhan\t");
        complete.ExitCode.Should().Be(0, complete.Error);
        complete.Output.Should().Contain("active steps:\n  ky-duyet\t");
        lookup.ExitCode.Should().Be(0, lookup.Error);
        lookup.Output.Should().Contain($"code: {fields["code"]}").And.Contain("state: 4 Đang xử lý").And.Contain("appointment: 2026-03-09T17:30:00+07:00");
        lookup.Output.Should().NotContain("Ma Thị Dung").And.NotContain("012345678911").And.NotContain(Officers.CocSanDesk);
    }

    [Fact]
    public async Task Login_WithoutTokenFile_PrintsTheToken()
    {
        var login = await Tthc("login", "--server", Server, "--user", Officers.CocSanDesk, "--password", TthcServer.Password);
        var me = await (await server.As(Officers.CocSanDesk)).MeAsync();

        login.ExitCode.Should().Be(0, login.Error);
        login.Output.Trim().Should().NotBeEmpty().And.NotContain("\n").And.NotContain(" ");
        me.UserName.Should().Be(Officers.CocSanDesk);
    }

    [Fact]
    public async Task Lookup_WrongPin_ExitsTwoWithBothMessages()
    {
        var receipt = await (await server.As(Officers.CocSanDesk)).ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Ly Thi Mai", "012345678912")));

        var lookup = await Tthc("dossier", "lookup", receipt.Code, "--pin", "000000", "--server", Server);

        lookup.ExitCode.Should().Be(2);
        lookup.Output.Should().BeEmpty();
        lookup.Error.Should().Contain("404 lookup.not-found")
            .And.Contain("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập")
            .And.Contain("No dossier matches this code and PIN");
    }

    [Fact]
    public async Task Show_NoServiceListening_ExitsOne()
    {
        var show = await Tthc("dossier", "show", "000.21.40.H40-260309-0001", "--server", "http://127.0.0.1:9", "--token", "t");

        show.ExitCode.Should().Be(1);
        show.Error.Should().StartWith("tthc: cannot reach the service");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<Run> Tthc(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tthc.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await error);
    }

    private sealed record Run(int ExitCode, string Output, string Error);
}
