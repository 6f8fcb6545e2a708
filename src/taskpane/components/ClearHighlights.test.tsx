/** @jest-environment ./test/jsdom/environment.ts */
import { screen, waitFor, within } from "@testing-library/react";
import { ClearHighlights } from "./ClearHighlights";
import { renderFluent, setupUser } from "./fluent-test-kit";

/**
 * One opening of the dialog per test: under jsdom, Fluent's focus trap (tabster) can leave a
 * dialog opened again in the same render marked aria-hidden, which no browser shows.
 */
describe("Clear highlights", () => {
  it("asks first and does nothing on Cancel", async () => {
    const onConfirm = jest.fn();
    const user = setupUser();
    renderFluent(<ClearHighlights onConfirm={onConfirm} />);
    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    const dialog = await screen.findByRole("dialog", { name: "Clear highlights?" });
    await user.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("clears on Clear", async () => {
    const onConfirm = jest.fn();
    const user = setupUser();
    renderFluent(<ClearHighlights onConfirm={onConfirm} />);
    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    await user.click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "Clear" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
