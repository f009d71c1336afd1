/**
 * botbuilder's CloudAdapter with a hardened HTTP entry (issue "Production hardening").
 *
 * `process(req, res, logic)` is what @microsoft/teamsfx's `ConversationBot.requestHandler` calls for
 * `POST /api/messages`. botbuilder 4.23's version answers a body with a non-string `type` with a 500,
 * a wrongly signed token with a 500, puts the failure's message (which can quote the token) in the
 * response and prints the error with `console.error`. This one:
 * - answers 400 with a JSON error for a body that is not an activity ({@link activityFromBody});
 * - authenticates first, and answers 401 (token problems) or 503 (keys unavailable) with a fixed body
 *   ({@link authFailure}), logging only the error class and the status, never the request;
 * - then runs the turn through `processActivity` with the authentication result, exactly as
 *   CloudAdapter does, and returns the invoke response (or 200).
 * The Web Socket overloads (streaming, unused by this app) go to CloudAdapter unchanged.
 */
import { CloudAdapter, type Request, type Response, type TurnContext } from "botbuilder";
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from "botframework-connector";
import type { Logger } from "../logging/logger";
import { activityFromBody } from "./activity-body";
import { authFailure } from "./auth-failure";

type Logic = (context: TurnContext) => Promise<void>;

export class AppCloudAdapter extends CloudAdapter {
  constructor(
    botFrameworkAuthentication: BotFrameworkAuthentication,
    private readonly log: Logger,
  ) {
    super(botFrameworkAuthentication);
  }

  /** HTTP: `(req, res, logic)`; Web Socket upgrade: `(req, socket, head, logic)` (CloudAdapter's). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async process(req: Request, ...rest: any[]): Promise<void> {
    if (rest.length >= 3) return super.process(req, rest[0], rest[1], rest[2]);
    return this.processHttp(req, rest[0] as Response, rest[1] as Logic);
  }

  private async processHttp(req: Request, res: Response, logic: Logic): Promise<void> {
    if (req.method !== "POST") return end(res, 405, errorBody("MethodNotAllowed", "Use POST."));
    const body = activityFromBody(req.body);
    if (!body.ok) {
      this.log.info({ event: "request-refused", status: 400, outcome: body.reason }, "not a Bot Framework activity");
      return end(res, 400, errorBody("BadRequest", "The body must be a Bot Framework activity (JSON object with a type and a serviceUrl)."));
    }
    const authResult = await this.authenticate(req, body.activity, res);
    if (!authResult) return;
    try {
      const invokeResponse = await this.processActivity(authResult, body.activity, logic);
      end(res, invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (err) {
      // onTurnError catches turn errors; what gets here failed around the turn (connector set-up, onTurnError itself).
      this.log.error({ event: "request-failed", status: 500, err }, "activity could not be processed");
      end(res, 500, errorBody("InternalError", "The activity could not be processed."));
    }
  }

  /** @returns the authentication result, or undefined after answering 401/503. */
  private async authenticate(req: Request, activity: Parameters<CloudAdapter["processActivityDirect"]>[1], res: Response): Promise<AuthenticateRequestResult | undefined> {
    const header = req.headers?.authorization ?? req.headers?.Authorization;
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(activity, typeof header === "string" ? header : "");
    } catch (err) {
      const failure = authFailure(err);
      this.log.warn({ event: "auth-rejected", status: failure.status, err }, "request not authenticated");
      if (failure.status === 401) res.header("WWW-Authenticate", "Bearer");
      end(res, failure.status, failure.body);
      return undefined;
    }
  }
}

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

function end(res: Response, status: number, body?: unknown): void {
  res.status(status);
  if (body !== undefined && body !== null) res.send(body);
  res.end();
}
