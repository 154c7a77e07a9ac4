using PublicInfo.Records;

namespace PublicInfo.Tests.Records;

public class JoinedFileMemoTests
{
    private static byte[] Join(string[] parts) => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', parts));

    [Fact]
    public void Equal_parts_give_the_last_array_and_any_difference_joins_again()
    {
        var memo = new JoinedFileMemo();
        var joins = 0;
        byte[] Get(string[] parts) => memo.Get("data/x.csv", parts, JoinedFileMemo.SameText, () => { joins++; return Join(parts); });

        var first = Get(["a", "b"]);
        // Equal texts in new strings, as a guide's parts made again after an edit elsewhere in the guide are.
        var again = Get([new string("a".AsSpan()), new string("b".AsSpan())]);
        var changed = Get(["a", "c"]);
        var longer = Get(["a", "c", "d"]);

        Assert.Same(first, again);
        Assert.Equal(Join(["a", "c"]), changed);
        Assert.Equal(Join(["a", "c", "d"]), longer);
        Assert.Equal(3, joins);
    }

    [Fact]
    public void Files_are_kept_apart_by_name()
    {
        var memo = new JoinedFileMemo();
        var x = memo.Get("x", ["a"], JoinedFileMemo.SameText, () => Join(["a"]));
        var y = memo.Get("y", ["a"], JoinedFileMemo.SameText, () => Join(["a"]));
        Assert.NotSame(x, y);
        Assert.Same(x, memo.Get("x", ["a"], JoinedFileMemo.SameText, () => throw new InvalidOperationException("joined again")));
    }

    [Fact]
    public void Byte_parts_are_compared_by_content()
    {
        Assert.True(JoinedFileMemo.SameBytes([1, 2], [1, 2]));
        Assert.False(JoinedFileMemo.SameBytes([1, 2], [1, 3]));
        Assert.False(JoinedFileMemo.SameBytes([1, 2], [1, 2, 3]));
    }
}
