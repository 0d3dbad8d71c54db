// asyncio (also importable as uasyncio): frozen Python source, compiled by the importer like a user module.
import { ASYNCIO_CORE } from "./core-source";
import { ASYNCIO_EXTRAS } from "./extras-source";

export const ASYNCIO_SOURCE = ASYNCIO_CORE + ASYNCIO_EXTRAS;
