/**
 * The output channel "AI Privacy Guard" and the user-facing notifications. Everything logged or shown
 * is built from masked values only. Shown messages are also kept (last few) for the test API.
 */
import * as vscode from 'vscode';

/** How many shown messages the test API keeps. */
const SHOWN_MESSAGES_KEPT = 200;

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('AI Privacy Guard', { log: true });
  private readonly shown: string[] = [];

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(message: string): void {
    this.channel.error(message);
  }

  show(): void {
    this.channel.show(true);
  }

  /** Messages shown to the user so far (masked text only). */
  shownMessages(): readonly string[] {
    return this.shown;
  }

  private record(text: string): void {
    this.shown.push(text);
    if (this.shown.length > SHOWN_MESSAGES_KEPT) this.shown.splice(0, this.shown.length - SHOWN_MESSAGES_KEPT);
  }

  /** Non-blocking notifications: the promise resolves with the chosen item (or undefined). */
  showInformation<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
    this.record(message);
    return vscode.window.showInformationMessage(message, ...items);
  }

  showWarning<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
    this.record(message);
    return vscode.window.showWarningMessage(message, ...items);
  }

  showError<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
    this.record(message);
    this.channel.error(message);
    return vscode.window.showErrorMessage(message, ...items);
  }

  /** A modal question; `detail` is shown under the message (and recorded with it). */
  askModal<T extends string>(message: string, detail: string, ...items: T[]): Thenable<T | undefined> {
    this.record(detail ? `${message}\n${detail}` : message);
    return vscode.window.showWarningMessage(message, { modal: true, detail }, ...items);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
