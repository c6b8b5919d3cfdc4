using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>A server's database with no demo accounts: the first admin from <c>Admin:UserName</c> and <c>Admin:Password</c>.</summary>
public sealed class BootstrapApiFactory : TthcApiFactory
{
    public const string Password = "QuanTri2026Moi";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:UserName", "quan.tri.tinh");
        builder.UseSetting("Admin:Password", Password);
        builder.UseSetting("Admin:FullName", "Trần Văn Quản");
    }
}

/// <summary>
/// A production database gets no demo account: the first admin is made from the settings, holds the admin role of
/// the province, and creates the other accounts; a restart with other settings makes no second admin and resets no
/// password.
/// </summary>
public sealed class AccountBootstrapTests(BootstrapApiFactory api) : IClassFixture<BootstrapApiFactory>
{
    private async Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
        await api.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });

    [Fact]
    public async Task FirstAdmin_FromTheSettings_SignsIn_AndCreatesAnOfficer_NoDemoAccounts()
    {
        var token = await TokenAsync("quan.tri.tinh", BootstrapApiFactory.Password);
        token.StatusCode.Should().Be(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        var admin = api.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        var me = await admin.GetFromJsonAsync<JsonElement>("/api/me");
        var created = await admin.PostAsJsonAsync("/api/admin/officers", new
        {
            userName = "xa-coc-san.mot-cua-xa.lan", password = "MatKhau2026q", fullName = "Vàng Thị Lan", agency = "xa-coc-san", unit = "mot-cua-xa", roles = new[] { "desk" },
        });

        me.GetProperty("fullName").GetString().Should().Be("Trần Văn Quản");
        me.GetProperty("agency").GetString().Should().Be("lao-cai");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("admin");
        created.StatusCode.Should().Be(HttpStatusCode.Created, "the roles exist on a database with no demo accounts");
        (await TokenAsync("xa-coc-san.mot-cua-xa.lan", "MatKhau2026q")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TokenAsync("admin", "TthcDemo2026")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "no demo account on a configured database");
    }

    [Fact]
    public async Task Restart_WithOtherSettings_MakesNoSecondAdmin_AndKeepsThePassword()
    {
        await TokenAsync("quan.tri.tinh", BootstrapApiFactory.Password); // the host has started and made its admin
        using var restarted = api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Admin:UserName", "quan.tri.khac");
            b.UseSetting("Admin:Password", "MatKhauKhac2026");
        });
        restarted.CreateClient();

        restarted.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Admin:UserName"].Should().Be("quan.tri.khac", "the restart has the other settings");
        await using var scope = restarted.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
        (await users.GetUsersInRoleAsync(Roles.Admin)).Select(u => u.UserName).Should().Equal("quan.tri.tinh");
        (await users.FindByNameAsync("quan.tri.khac")).Should().BeNull();
        (await TokenAsync("quan.tri.tinh", BootstrapApiFactory.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NoAdminLeft_TheAccountNamedIsMadeAdmin_WithItsOwnPassword()
    {
        await TokenAsync("quan.tri.tinh", BootstrapApiFactory.Password); // the host has started and made its admin
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
            var officer = new OfficerAccount { UserName = "lao-cai.van-phong.thu", FullName = "Lò Thị Thu", Agency = "lao-cai", Unit = "van-phong" };
            (await users.CreateAsync(officer, "MatKhauThu2026")).Succeeded.Should().BeTrue();
            (await users.AddToRoleAsync(officer, Roles.Supervisor)).Succeeded.Should().BeTrue();

            // Every admin removed by hand in the database: the only way back is the settings at the next start.
            (await users.RemoveFromRoleAsync((await users.FindByNameAsync("quan.tri.tinh"))!, Roles.Admin)).Succeeded.Should().BeTrue();
        }

        try
        {
            using var restarted = api.WithWebHostBuilder(b =>
            {
                b.UseSetting("Admin:UserName", "lao-cai.van-phong.thu");
                b.UseSetting("Admin:Password", "MatKhauCauHinh2026");
            });
            restarted.CreateClient();

            await using var scope = restarted.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
            var promoted = (await users.FindByNameAsync("lao-cai.van-phong.thu"))!;
            (await users.GetUsersInRoleAsync(Roles.Admin)).Select(u => u.UserName).Should().Equal("lao-cai.van-phong.thu");
            (await users.GetRolesAsync(promoted)).Should().BeEquivalentTo([Roles.Supervisor, Roles.Admin], "the roles it had stay");
            promoted.FullName.Should().Be("Lò Thị Thu");
            (await users.CheckPasswordAsync(promoted, "MatKhauThu2026")).Should().BeTrue("an existing account keeps its own password");
            (await users.CheckPasswordAsync(promoted, "MatKhauCauHinh2026")).Should().BeFalse();
        }
        finally
        {
            await using var scope = api.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
            await users.AddToRoleAsync((await users.FindByNameAsync("quan.tri.tinh"))!, Roles.Admin);

            // The other tests of this database expect one admin.
            await users.RemoveFromRoleAsync((await users.FindByNameAsync("lao-cai.van-phong.thu"))!, Roles.Admin);
        }
    }
}
