import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of "#RRGGBB" (WCAG), to tell a dark Office theme from a light one. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The Fluent theme matching Office's: Office reports colours, not "dark", so a dark body
 * background means the dark theme. Outside Office the browser's colour-scheme preference decides.
 */
export function chooseTheme(officeBackground: string | null, prefersDark: boolean): Theme {
  const l = officeBackground ? luminance(officeBackground) : null;
  if (l !== null) return l < 0.4 ? webDarkTheme : webLightTheme;
  return prefersDark ? webDarkTheme : webLightTheme;
}
