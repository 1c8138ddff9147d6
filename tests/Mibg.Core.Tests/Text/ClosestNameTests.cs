using Mibg.Core.Text;

namespace Mibg.Core.Tests.Text;

/// <summary>The "did you mean" hint: edit distances worked out by hand, and when no hint is given.</summary>
public sealed class ClosestNameTests
{
    [Theory]
    [InlineData("grop", "group", 1)]     // insert u
    [InlineData("gruop", "group", 1)]    // transpose u/o (one edit in optimal string alignment, two in Levenshtein)
    [InlineData("kitten", "sitting", 3)] // k→s, e→i, insert g (the textbook example)
    [InlineData("start", "strata", 2)]   // transpose a/r, insert a
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_is_the_optimal_string_alignment_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, ClosestName.Distance(a, b));
        Assert.Equal(expected, ClosestName.Distance(b, a));
    }

    [Fact]
    public void A_one_letter_typo_of_an_option_finds_it_ignoring_dashes_and_case()
    {
        string[] options = ["--time", "--event", "--group", "--conf-type", "--plot", "--help"];
        Assert.Equal("--group", ClosestName.Find("--grop", options));
        Assert.Equal("--group", ClosestName.Find("--GROUP", options));
        Assert.Equal("--conf-type", ClosestName.Find("--conf", options)); // a prefix of exactly one option
    }

    [Fact]
    public void Nothing_is_suggested_when_nothing_is_close()
    {
        // --start is two edits from --strata: for a five-letter word that is not a typo but another option (cox --start).
        Assert.Null(ClosestName.Find("--start", ["--time", "--event", "--covariates", "--strata", "--ties"]));
        Assert.Null(ClosestName.Find("--xyz", ["--time", "--event"]));
    }
}
