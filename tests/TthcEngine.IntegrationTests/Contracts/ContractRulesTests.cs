using System.Reflection;
using System.Runtime.CompilerServices;
using TthcEngine.Contracts;

namespace TthcEngine.IntegrationTests.Contracts;

/// <summary>The rules of src/TthcEngine.Contracts/README.md, checked on every message type of the assembly.</summary>
public class ContractRulesTests
{
    private static readonly Type[] Messages = typeof(DossierReceived).Assembly.GetExportedTypes();

    private static readonly HashSet<Type> WireTypes =
    [
        typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(string), typeof(Guid), typeof(DateTimeOffset),
    ];

    [Fact]
    public void Contracts_EveryType_IsARecordInTheFixedNamespace()
    {
        var names = Messages.Select(t => t.FullName);

        // A message's identity is its full type name: none may move or be renamed.
        names.Should().BeEquivalentTo(
            "TthcEngine.Contracts.DossierReceived", "TthcEngine.Contracts.StepActivated", "TthcEngine.Contracts.StepCompleted",
            "TthcEngine.Contracts.DossierPaused", "TthcEngine.Contracts.DossierResumed", "TthcEngine.Contracts.ConsultationRequested",
            "TthcEngine.Contracts.DossierResultReady", "TthcEngine.Contracts.DossierFinished", "TthcEngine.Contracts.StepDueSoon",
            "TthcEngine.Contracts.StepOverdue", "TthcEngine.Contracts.DossierDueSoon", "TthcEngine.Contracts.DossierOverdue",
            "TthcEngine.Contracts.FocalPointNotified", "TthcEngine.Contracts.StepExpedited");
        Messages.Should().OnlyContain(t => t.IsClass && t.GetMethod("<Clone>$") != null, "every contract is a record");
    }

    [Fact]
    public void Contracts_EveryProperty_IsInitOnlyOfAWireType()
    {
        var properties = Messages.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));

        properties.Should().OnlyContain(
            p => IsInitOnly(p) && WireTypes.Contains(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType),
            "contracts carry only primitives, strings, Guids and instants, set once");
    }

    [Fact]
    public void Contracts_EveryType_RequiresDossierIdOccurredAtAndDossierCode()
    {
        var missing = Messages
            .SelectMany(t => new[] { ("DossierId", typeof(Guid)), ("OccurredAt", typeof(DateTimeOffset)), ("DossierCode", typeof(string)) }
                .Where(m => t.GetProperty(m.Item1) is not { } p || p.PropertyType != m.Item2 || p.GetCustomAttribute<RequiredMemberAttribute>() is null)
                .Select(m => $"{t.Name}.{m.Item1}"));

        missing.Should().BeEmpty();
    }

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
}
