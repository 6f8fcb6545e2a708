/** @jest-environment ./test/jsdom/environment.ts */
import { fireEvent, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { OpenWorkbook } from "./OpenWorkbook";
import { renderFluent, setupUser } from "./fluent-test-kit";

expect.extend(toHaveNoViolations);

const plan = new File(["PK"], "plan.xlsx");

describe("opening a workbook", () => {
  it("says on the first screen what the checker looks at, and offers the example", async () => {
    const onTryExample = jest.fn();
    const user = setupUser();
    const view = renderFluent(<OpenWorkbook onOpen={jest.fn()} onTryExample={onTryExample} current={null} />);
    expect(await axe(view.container)).toHaveNoViolations();
    expect(screen.getByText(/owner, target and revised dates, RAG and savings/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Try it on an example" }));
    expect(onTryExample).toHaveBeenCalledTimes(1);
  });

  it("opens the file picker from a button reached by the keyboard, not a bare file input", async () => {
    const onOpen = jest.fn();
    const user = setupUser();
    renderFluent(<OpenWorkbook onOpen={onOpen} current={null} />);
    const input = screen.getByLabelText<HTMLInputElement>("Open workbook");
    const picker = jest.spyOn(input, "click").mockImplementation(() => undefined);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Open workbook" }));
    await user.keyboard("{Enter}");
    expect(picker).toHaveBeenCalledTimes(1);
    await user.upload(input, plan);
    expect(onOpen).toHaveBeenCalledWith(plan);
  });

  it("opens a file dropped on the pane, and none while the pane is busy", () => {
    const onOpen = jest.fn();
    const { rerender } = renderFluent(<OpenWorkbook onOpen={onOpen} current={null} />);
    const zone = screen.getByTestId("drop-zone");
    fireEvent.dragOver(zone, { dataTransfer: { files: [plan] } });
    fireEvent.drop(zone, { dataTransfer: { files: [plan] } });
    expect(onOpen).toHaveBeenCalledWith(plan);
    rerender(<OpenWorkbook onOpen={onOpen} current="plan.xlsx" disabled />);
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [plan] } });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it("names the open file and offers another once one is open", () => {
    renderFluent(<OpenWorkbook onOpen={jest.fn()} onTryExample={jest.fn()} current="plan.xlsx" />);
    expect(screen.getByText("Open: plan.xlsx")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open another workbook" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try it on an example" })).toBeNull();
  });
});
