import * as v from 'valibot';
import { Id } from './primitives.js';

export const User = v.object({
  id: Id,
  name: v.string(),
  role: v.optional(v.picklist(['user', 'moderator'])),
});

export const UserRef = v.object({ id: Id, name: v.string() });

/** Who the caller is; `user` is null for an anonymous caller. */
export const Session = v.object({ user: v.nullable(User) });

/** Answer to register and login. */
export const AuthResult = v.object({ token: v.string(), user: User });
