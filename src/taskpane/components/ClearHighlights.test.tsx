/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ClearHighlights } from "./ClearHighlights";

/** Fluent's dialog mounts through a portal with motion: slower than 1 s on a busy machine. */
const SLOW = { timeout: 10_000 };

describe("Clear highlights", () => {
  it("asks first, does nothing on Cancel and clears on Clear", async () => {
    const onConfirm = jest.fn();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ClearHighlights onConfirm={onConfirm} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    expect(await screen.findByRole("dialog", { name: "Clear highlights?" }, SLOW)).toBeTruthy();
    await user.click(await screen.findByRole("button", { name: "Cancel" }, SLOW));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull(), SLOW);
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    await user.click(await screen.findByRole("button", { name: "Clear" }, SLOW));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
