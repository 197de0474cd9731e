import { render } from "solid-js/web";
import { App } from "./App.tsx";
import "./theme.ts";
import "./theme.css";
import "../ui/ui.css";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
render(() => <App />, root);
