using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Pages;
using TthcEngine.Infrastructure.Calendars;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => CalendarDirectory.Resolve(
    builder.Configuration["Calendars:Calendar"] ?? CalendarDirectory.National,
    builder.Configuration["Calendars:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "calendars")));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainRuleExceptionHandler>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapWorkingTimeEndpoints();
app.MapHomePage();

app.Run();

/// <summary>The API host; public so the integration tests can start it.</summary>
public partial class Program;
