#!/usr/bin/env node
import { main } from '../dist/bundle/entry.js';

main();
