using TthcEngine.FakeNational;

var app = FakeNationalApp.Create(args);
await app.RunAsync();
