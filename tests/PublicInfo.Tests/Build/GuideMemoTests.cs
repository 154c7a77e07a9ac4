using PublicInfo.Build;
using Xunit;

namespace PublicInfo.Tests.Build;

/// <summary>What the build server keeps per guide between builds, and after a build that stopped early or failed.</summary>
public sealed class GuideMemoTests
{
    [Fact]
    public void AGuideWhoseInputsAreUnchangedIsNotMadeAgain()
    {
        var memo = new GuideMemo<string>();
        memo.NextBuild();
        Assert.Equal("a1", memo.Get("a", "k1", () => "a1"));
        memo.Committed();
        memo.NextBuild();
        Assert.Equal("a1", memo.Get("a", "k1", () => throw new InvalidOperationException("made again")));
        Assert.Equal("a2", memo.Get("a", "k2", () => "a2")); // changed inputs: made again
    }

    [Fact]
    public void ABuildThatStoppedEarlyLeavesTheGuidesItDidNotReachToTheNext()
    {
        var memo = new GuideMemo<string>();
        memo.NextBuild();
        memo.Get("a", "ka", () => "a");
        memo.Get("b", "kb", () => "b");
        memo.Committed();

        memo.NextBuild(); // stopped (preview: a newer save) after guide a only; no commit
        memo.Get("a", "ka", () => "a");

        memo.NextBuild();
        Assert.Equal("b", memo.Get("b", "kb", () => throw new InvalidOperationException("b was made again")));
        Assert.Equal("a", memo.Get("a", "ka", () => throw new InvalidOperationException("a was made again")));
    }

    [Fact]
    public void AGuideACommittedBuildDidNotReachIsGone()
    {
        var memo = new GuideMemo<string>();
        memo.NextBuild();
        memo.Get("a", "ka", () => "a");
        memo.Get("gone", "kg", () => "gone");
        memo.Committed();
        memo.NextBuild();
        memo.Get("a", "ka", () => "a");
        memo.Committed();
        memo.NextBuild();
        Assert.Equal("new", memo.Get("gone", "kg", () => "new"));
    }
}
