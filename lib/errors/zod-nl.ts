import { z } from "zod";

// Validation messages reach users (forms, invalidParams), so zod speaks Dutch everywhere.
z.config(z.locales.nl());
