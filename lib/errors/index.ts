import "./zod-nl";
export { AppError, FOUT_CODES, isAppError, type AppErrorOptions, type FoutCode, type InvalidParam } from "./app-error";
export {
  PROBLEM_CONTENT_TYPE,
  invalidParamsFromZod,
  problemResponse,
  toProblem,
  type Problem,
  type ProblemDocument,
} from "./problem";
