/** Errors services raise, each with the API error code it becomes and a message a user can read. */
import type { ApiErrorCode } from '../../shared/api';

export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export class NotFoundError extends ServiceError {
  constructor(what: string, id: string) {
    super('not_found', `${what} ${id} does not exist (it may have been deleted)`);
  }
}

export class InvalidInputError extends ServiceError {
  constructor(message: string) {
    super('invalid_arguments', message);
  }
}

export class ConflictError extends ServiceError {
  constructor(message: string) {
    super('conflict', message);
  }
}
