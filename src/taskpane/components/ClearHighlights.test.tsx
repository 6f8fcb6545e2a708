/** @jest-environment ./test/jsdom/environment.ts */
import { screen, waitFor, within } from "@testing-library/react";
import { ClearHighlights } from "./ClearHighlights";
import { renderFluent, setupUser } from "./fluent-test-kit";

/**
 * The dialog is found with `hidden: true`: under jsdom, Fluent's focus trap (tabster) at times
 * leaves an open dialog marked aria-hidden, which no browser shows (the Chromium test finds it by
 * role, as users do).
 */
describe("Clear highlights", () => {
  it("asks first and does nothing on Cancel", async () => {
    const onConfirm = jest.fn();
    const user = setupUser();
    renderFluent(<ClearHighlights onConfirm={onConfirm} />);
    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    const dialog = within(await screen.findByRole("dialog", { hidden: true }));
    expect(dialog.getByText("Clear highlights?")).toBeTruthy();
    await user.click(dialog.getByRole("button", { name: "Cancel", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("clears on Clear", async () => {
    const onConfirm = jest.fn();
    const user = setupUser();
    renderFluent(<ClearHighlights onConfirm={onConfirm} />);
    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    const dialog = within(await screen.findByRole("dialog", { hidden: true }));
    await user.click(dialog.getByRole("button", { name: "Clear", hidden: true }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
