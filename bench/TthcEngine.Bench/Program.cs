using TthcEngine.Bench;

return await BenchCommand.Create().Parse(args).InvokeAsync();
