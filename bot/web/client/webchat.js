/*
 * Web Chat, built from its ES module entry with only what the chat page calls (bot/web/build.ts leaves its speech
 * packages out). The page's own script (chat.js) waits for this file while it starts the conversation.
 */
import { createDirectLine, createStore, renderWebChat } from 'botframework-webchat';

window.WebChat = { createDirectLine, createStore, renderWebChat };
