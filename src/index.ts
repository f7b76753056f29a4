import { createApp } from './http/app'
import { corpus } from './index/load-corpus'

/** The worker: the HTTP app over the corpus built into the bundle. */
export default createApp(corpus)
