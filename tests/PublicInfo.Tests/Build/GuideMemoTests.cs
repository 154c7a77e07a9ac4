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
        memo.NextBuild(lastCommitted: true);
        Assert.Equal("a1", memo.Get("a", "k1", () => "a1"));
        memo.NextBuild(lastCommitted: true);
        Assert.Equal("a1", memo.Get("a", "k1", () => throw new InvalidOperationException("made again")));
        Assert.Equal("a2", memo.Get("a", "k2", () => "a2")); // changed inputs: made again
    }

    [Fact]
    public void ABuildThatStoppedEarlyLeavesTheGuidesItDidNotReachToTheNext()
    {
        var memo = new GuideMemo<string>();
        memo.NextBuild(lastCommitted: true);
        memo.Get("a", "ka", () => "a");
        memo.Get("b", "kb", () => "b");
        memo.NextBuild(lastCommitted: true);
        memo.Get("a", "ka", () => "a"); // stopped (preview: a newer save) after guide a only

        memo.NextBuild(lastCommitted: false);
        Assert.Equal("b", memo.Get("b", "kb", () => throw new InvalidOperationException("b was made again")));
        Assert.Equal("a", memo.Get("a", "ka", () => throw new InvalidOperationException("a was made again")));
    }

    [Fact]
    public void AGuideACommittedBuildDidNotReachIsGone()
    {
        var memo = new GuideMemo<string>();
        memo.NextBuild(lastCommitted: true);
        memo.Get("a", "ka", () => "a");
        memo.Get("gone", "kg", () => "gone");
        memo.NextBuild(lastCommitted: true);
        memo.Get("a", "ka", () => "a");
        memo.NextBuild(lastCommitted: true);
        Assert.Equal("new", memo.Get("gone", "kg", () => "new"));
    }
}
