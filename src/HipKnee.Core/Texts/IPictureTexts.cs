using HipKnee.Core.Pictures;

namespace HipKnee.Core.Texts;

/// <summary>The words on the exercise pictures and the answers to /pictures.</summary>
public interface IPictureTexts
{
    /// <summary>The picture's heading, e.g. "Forward lunge · left leg".</summary>
    string PictureTitle(PictureKey key);

    /// <summary>One short line under a key pose (panel 0 is the start).</summary>
    string PanelCaption(PictureKey key, int panel);

    /// <summary>The legend beside the accent colour.</summary>
    string WorkingSideLegend(PictureKey key);

    string PicturesOn { get; }
    string PicturesOff { get; }
    string PicturesUsage(bool on);
}
