namespace TthcEngine.FakeNational;

/// <summary>A made-up citizen of the fake population database; <see cref="BirthDate"/> empty when only the year is recorded.</summary>
public sealed record PopulationCitizen(
    string IdNumber,
    string OldIdNumber,
    string FamilyName,
    string MiddleName,
    string GivenName,
    string Sex,
    string BirthYear,
    string BirthDate,
    string Detail,
    string Ward,
    string District,
    string HouseholdHead,
    string Relation);
