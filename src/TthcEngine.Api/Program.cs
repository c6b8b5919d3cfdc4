using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Hosting;
using TthcEngine.Api.Pages;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Procedures;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => CalendarDirectory.Resolve(
    builder.Configuration["Calendars:Calendar"] ?? CalendarDirectory.National,
    builder.Configuration["Calendars:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "calendars")));
builder.Services.AddSingleton(_ => ProcedureCatalog.Load(
    builder.Configuration["Procedures:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "procedures")));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainRuleExceptionHandler>();
builder.AddTthcPersistence();
builder.Services.AddTthcMessaging(builder.Configuration.GetSection("Bus").Get<BusOptions>() ?? new BusOptions(), bus => bus.AddTthcConsumers());
builder.Services.AddTthcDeadlines(builder.Configuration.GetSection("Deadlines").Get<DeadlineOptions>() ?? new DeadlineOptions());

var app = builder.Build();

// Read and check every procedure before serving: the start fails, listing every error, if one file is invalid.
app.Services.GetRequiredService<ProcedureCatalog>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapWorkingTimeEndpoints();
app.MapProcedureEndpoints();
app.MapHomePage();

await app.MigrateTthcDatabaseAsync();
await app.RunAsync();

/// <summary>The API host; public so the integration tests can start it.</summary>
public partial class Program;
