using CsCheck;
using TthcEngine.Domain.Dossiers;

namespace TthcEngine.Domain.Tests.Dossiers;

public class LookupPinTests
{
    private static readonly DossierCode Code = DossierCode.Parse("000.17.22.H56-210531-0001");
    private static readonly byte[] Counting = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

    [Fact]
    public void Alphabet_HasNoLookAlikesAndNoRepeats()
    {
        var alphabet = LookupPin.Alphabet;

        alphabet.Should().NotContainAny("0", "O", "1", "I", "L");
        alphabet.Distinct().Should().HaveCount(31);
    }

    [Fact]
    public void FromRandomBytes_AnyBytes_EightCharactersOfTheAlphabet() =>
        Gen.Byte.Array[LookupPin.RandomBytesNeeded].Sample(bytes =>
        {
            var pin = LookupPin.FromRandomBytes(bytes);

            pin.Value.Should().HaveLength(8).And.Match(v => v.All(c => LookupPin.Alphabet.Contains(c)));
        }, iter: 500);

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "22222222")]
    [InlineData(new byte[] { 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255 }, "9GN3SWXA")]
    [InlineData(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 }, "PT7T4RX8")]
    public void FromRandomBytes_SameBytes_SamePin(byte[] bytes, string expected)
    {
        var first = LookupPin.FromRandomBytes(bytes);
        var second = LookupPin.FromRandomBytes(bytes.ToArray());

        first.Value.Should().Be(expected);
        second.Should().Be(first);
    }

    [Fact]
    public void FromRandomBytes_MoreBytesThanNeeded_ReadsOnlyTheFirstSixteen()
    {
        byte[] longer = [.. Counting, 99, 98, 97];

        var pin = LookupPin.FromRandomBytes(longer);

        pin.Value.Should().Be("PT7T4RX8");
    }

    [Fact]
    public void FromRandomBytes_FewerThanSixteenBytes_Refused()
    {
        var act = () => LookupPin.FromRandomBytes(new byte[15]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "lookup-pin.too-few-bytes");
    }

    [Fact]
    public void Hash_IsLowercaseHexSha256OfCodeColonPin()
    {
        var pin = LookupPin.FromRandomBytes(Counting);

        var hash = pin.Hash(Code);

        // sha256("000.17.22.H56-210531-0001:PT7T4RX8"), computed independently.
        hash.Should().Be("636cbb3b9fd1ffbf773cce93a3fe2f49a5b9f47b101bd988df7bec95c2484092");
    }

    [Fact]
    public void Matches_ThePin_True()
    {
        var hash = LookupPin.FromRandomBytes(Counting).Hash(Code);

        LookupPin.Matches(hash, Code, "PT7T4RX8").Should().BeTrue();
    }

    [Fact]
    public void Matches_PinTypedInLowerCaseWithSpaces_True()
    {
        var hash = LookupPin.FromRandomBytes(Counting).Hash(Code);

        LookupPin.Matches(hash, Code, " pt7t4rx8 ").Should().BeTrue();
    }

    [Theory]
    [InlineData("PT7T4RX9")]
    [InlineData("PT7T4RX")]
    [InlineData("")]
    public void Matches_OtherPin_False(string candidate)
    {
        var hash = LookupPin.FromRandomBytes(Counting).Hash(Code);

        LookupPin.Matches(hash, Code, candidate).Should().BeFalse();
    }

    [Fact]
    public void Matches_SamePinOnAnotherDossier_False()
    {
        var hash = LookupPin.FromRandomBytes(Counting).Hash(Code);

        LookupPin.Matches(hash, DossierCode.Parse("000.17.22.H56-210531-0002"), "PT7T4RX8").Should().BeFalse();
    }
}
