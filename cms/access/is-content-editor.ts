import type { Access } from 'payload'

import { canEditContent } from './can-edit-content'

export const isContentEditor: Access = ({ req }) => canEditContent({ user: req.user })
