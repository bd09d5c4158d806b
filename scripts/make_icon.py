"""Draw SafeHelper's icon (a calm shield with a heart) into resources/icons.

Run once when the icon changes: python scripts/make_icon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels, drawn large and scaled down for smooth edges."""
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=(11, 110, 105, 255))
    shield = [
        (big * 0.50, big * 0.14),
        (big * 0.80, big * 0.26),
        (big * 0.78, big * 0.52),
        (big * 0.50, big * 0.88),
        (big * 0.22, big * 0.52),
        (big * 0.20, big * 0.26),
    ]
    pen.polygon(shield, fill=(255, 255, 255, 255))
    r = big * 0.085
    cx, cy = big * 0.50, big * 0.47
    pen.ellipse((cx - 2 * r, cy - r * 1.6, cx, cy + r * 0.4), fill=(122, 46, 142, 255))
    pen.ellipse((cx, cy - r * 1.6, cx + 2 * r, cy + r * 0.4), fill=(122, 46, 142, 255))
    pen.polygon(
        [(cx - 1.95 * r, cy - 0.2 * r), (cx + 1.95 * r, cy - 0.2 * r), (cx, cy + 2.1 * r)],
        fill=(122, 46, 142, 255),
    )
    return image.resize((size, size), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    draw(SIZE).save(OUT / "safehelper.png")
    draw(SIZE).save(OUT / "safehelper.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    print(f"wrote {OUT}")
