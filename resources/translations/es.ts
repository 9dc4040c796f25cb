<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerSaver</name>
    <message>
        <location filename="../../app/ui/candidate/saving.py" line="+99"/>
        <source>Not saved yet — tell the proctor; your answer is kept and will be saved automatically.</source>
        <translation>Aún no guardada: avise al supervisor. Su respuesta se conserva y se guardará automáticamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: your answers are all saved now.</source>
        <translation>Guardado: todas sus respuestas están guardadas.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../app/ui/widgets/calculator.py" line="+100"/>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type numbers and + − × ÷ with the keyboard, Enter for the result, Escape to clear.</source>
        <translation>Escriba números y + − × ÷ con el teclado, Intro para el resultado, Escape para borrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calculator display</source>
        <translation>Pantalla de la calculadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number entered or the result</source>
        <translation>El número introducido o el resultado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Divide</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply</source>
        <translation>Multiplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal point</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change sign</source>
        <translation>Cambiar signo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square root</source>
        <translation>Raíz cuadrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equals</source>
        <translation>Igual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calculator key</source>
        <translation>Tecla de la calculadora</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows {value}</source>
        <translation>Muestra {value}</translation>
    </message>
</context>
<context>
    <name>CandidateWindow</name>
    <message>
        <location filename="../../app/ui/candidate/window.py" line="+82"/>
        <source>{title} — ExamStation</source>
        <translation>{title} — ExamStation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam: {title}</source>
        <translation>Examen: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam screen for {name}</source>
        <translation>La pantalla del examen de {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time warning</source>
        <translation>Aviso de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>1 minute left in the exam.</source>
        <translation>Queda 1 minuto de examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes left in the exam.</source>
        <translation>Quedan {minutes} minutos de examen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exam is paused.</source>
        <translation>El examen está en pausa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The exam continues.</source>
        <translation>El examen continúa.</translation>
    </message>
</context>
<context>
    <name>ClozeAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/cloze.py" line="+24"/>
        <source>Blank {n}</source>
        <translation>Espacio {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the word or value for this blank</source>
        <translation>Elija la palabra o el valor para este espacio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a number for this blank</source>
        <translation>Escriba un número para este espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the word or words for this blank</source>
        <translation>Escriba la palabra o las palabras para este espacio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in each numbered blank of the text.</source>
        <translation>Complete cada espacio numerado del texto.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/candidate/confirm.py" line="+27"/>
        <location line="+34"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave the section “{title}”?</source>
        <translation>¿Salir de la sección «{title}»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have answered every question in this section.</source>
        <translation>Ha respondido todas las preguntas de esta sección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This section closes when you leave it: you will not be able to come back to it or change its answers.</source>
        <translation>Esta sección se cierra al salir de ella: no podrá volver ni cambiar sus respuestas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay in this section</source>
        <translation>Quedarme en esta sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the section</source>
        <translation>Volver a la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the section</source>
        <translation>Salir de la sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this section and go on</source>
        <translation>Cerrar esta sección y continuar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish the exam?</source>
        <translation>¿Terminar el examen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have answered every question.</source>
        <translation>Ha respondido todas las preguntas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you submit, the exam ends: you cannot change your answers.</source>
        <translation>Al entregar, el examen termina: no podrá cambiar sus respuestas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the exam without submitting</source>
        <translation>Volver al examen sin entregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit my answers</source>
        <translation>Entregar mis respuestas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the exam and submit your answers</source>
        <translation>Terminar el examen y entregar sus respuestas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a rest break now?</source>
        <translation>¿Tomar ahora un descanso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest breaks left, including this one: {n}.</source>
        <translation>Descansos que le quedan, incluido este: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your time stops and the questions are hidden until you return. Tell the proctor before you leave your seat.</source>
        <translation>Su tiempo se detiene y las preguntas se ocultan hasta que vuelva. Avise al supervisor antes de dejar su asiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to the exam without a break</source>
        <translation>Volver al examen sin descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the break</source>
        <translation>Empezar el descanso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the clock and hide the questions</source>
        <translation>Detener el reloj y ocultar las preguntas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered ({count}): question {numbers}.</source>
        <translation>Sin responder ({count}): pregunta {numbers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered ({count}): questions {numbers}.</source>
        <translation>Sin responder ({count}): preguntas {numbers}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question is left blank.</source>
        <translation>No queda ninguna pregunta en blanco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only partly answered ({count}): question {numbers}.</source>
        <translation>Respondida solo en parte ({count}): pregunta {numbers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partly answered ({count}): questions {numbers}.</source>
        <translation>Respondidas solo en parte ({count}): preguntas {numbers}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flagged for review: question {numbers}.</source>
        <translation>Marcada para revisar: pregunta {numbers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for review: questions {numbers}.</source>
        <translation>Marcadas para revisar: preguntas {numbers}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <location filename="../../app/ui/candidate/end_screens.py" line="+94"/>
        <location line="+78"/>
        <source>Score report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Save a copy for the proctor</source>
        <translation>Guardar una copia para el supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the score report as a PDF with this session&apos;s results; the proctor can print it for you</source>
        <translation>Guarda el informe de resultados como PDF con los resultados de esta sesión; el supervisor puede imprimírselo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the proctor if you would like a printed copy of this report.</source>
        <translation>Pida al supervisor una copia impresa de este informe si la desea.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>End of the exam</source>
        <translation>Fin del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys and Page Down scroll this page</source>
        <translation>Las flechas y Av Pág desplazan esta página</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The exam time is over. Your saved answers have been submitted.</source>
        <translation>El tiempo del examen ha terminado. Sus respuestas guardadas se han entregado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers were not saved yet: tell the proctor now.</source>
        <translation>Algunas respuestas aún no se habían guardado: avise ahora al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exam has been stopped</source>
        <translation>Este examen se ha detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor has ended this attempt. Please stay seated and wait for the proctor.</source>
        <translation>El supervisor ha terminado este intento. Permanezca sentado y espere al supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exam continues on another computer</source>
        <translation>Este examen continúa en otro equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor has moved your exam to another station. Please wait for the proctor.</source>
        <translation>El supervisor ha trasladado su examen a otro puesto. Espere al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your exam is submitted</source>
        <translation>Su examen se ha entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your answers are saved and submitted. Please wait for the proctor&apos;s instructions.</source>
        <translation>Gracias. Sus respuestas están guardadas y entregadas. Espere las instrucciones del supervisor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy could not be saved ({reason}). Ask the proctor to print the report for you.</source>
        <translation>No se pudo guardar la copia ({reason}). Pida al supervisor que le imprima el informe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. The proctor can print it for you or give you the file ({name}).</source>
        <translation>Guardado. El supervisor puede imprimírselo o entregarle el archivo ({name}).</translation>
    </message>
</context>
<context>
    <name>HotspotAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/hotspot.py" line="+151"/>
        <source>Your mark</source>
        <translation>Su marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This image cannot be shown. Tell the proctor.</source>
        <translation>No se puede mostrar esta imagen. Avise al supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image to mark</source>
        <translation>Imagen para marcar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the place on the image, or move the crosshair with the arrow keys (Shift for small steps) and press Enter or Space to mark it. Plus and minus zoom.</source>
        <translation>Haga clic en el lugar de la imagen, o mueva la cruz con las flechas (Mayús para pasos pequeños) y pulse Intro o Espacio para marcarlo. Más y menos cambian el zoom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image to mark</source>
        <translation>imagen para marcar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the right place on the image: click it, or use the arrow keys and press Enter.</source>
        <translation>Marque el lugar correcto de la imagen: haga clic en él, o use las flechas y pulse Intro.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No place marked yet.</source>
        <translation>Aún no ha marcado ningún lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked at {x}, {y} (image pixels).</source>
        <translation>Marcado en {x}, {y} (píxeles de la imagen).</translation>
    </message>
</context>
<context>
    <name>InterruptedPage</name>
    <message>
        <location filename="../../app/ui/candidate/welcome.py" line="+127"/>
        <source>Your exam was interrupted</source>
        <translation>Su examen se interrumpió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exam stopped unexpectedly, for example because the computer restarted. Every answer you saw as saved is kept, and you get back the time the exam rules allow. You will continue on the question you were on.</source>
        <translation>El examen se detuvo de forma inesperada, por ejemplo porque el equipo se reinició. Se conservan todas las respuestas que vio como guardadas y recupera el tiempo que permiten las normas del examen. Continuará en la pregunta en la que estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue the exam</source>
        <translation>Continuar el examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes back to your exam; the clock starts again</source>
        <translation>Vuelve a su examen; el reloj se pone en marcha de nuevo</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../app/ui/candidate/item_page.py" line="+44"/>
        <source>Clear answer</source>
        <translation>Borrar respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removes your answer to this question</source>
        <translation>Quita su respuesta a esta pregunta</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous question. Shortcut: Alt+P</source>
        <translation>Ir a la pregunta anterior. Atajo: Alt+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Marks this question so you can find it again on the review screen. Shortcut: Alt+F</source>
        <translation>Marca esta pregunta para encontrarla de nuevo en la pantalla de revisión. Atajo: Alt+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows which questions are answered, unanswered or flagged. Shortcut: Alt+R</source>
        <translation>Muestra qué preguntas están respondidas, sin responder o marcadas. Atajo: Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next question. Shortcut: Alt+N</source>
        <translation>Ir a la pregunta siguiente. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Flagged ⚑</source>
        <translation>Marcada ⚑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for review</source>
        <translation>Marcadas para revisar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Image for this question</source>
        <translation>Imagen de esta pregunta</translation>
    </message>
</context>
<context>
    <name>ItemTypes</name>
    <message>
        <location filename="../../app/ui/candidate/responses/__init__.py" line="+33"/>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple response</source>
        <translation>Respuesta múltiple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short text</source>
        <translation>Respuesta breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching</source>
        <translation>Relacionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspot</source>
        <translation>Punto en la imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the blanks</source>
        <translation>Completar los espacios</translation>
    </message>
</context>
<context>
    <name>JumpGrid</name>
    <message>
        <location filename="../../app/ui/candidate/jump_grid.py" line="+74"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every question by number; choose one to go to it</source>
        <translation>Todas las preguntas por número; elija una para ir a ella</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ answered · ◐ incomplete · ⚑ flagged · dotted: not seen yet</source>
        <translation>✓ respondida · ◐ incompleta · ⚑ marcada · punteada: aún no vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the marks on the question numbers mean</source>
        <translation>Qué significan las marcas de los números de pregunta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incomplete: only partly answered</source>
        <translation>incompleta: respondida solo en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not seen yet</source>
        <translation>aún no vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged for review</source>
        <translation>marcada para revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section closed</source>
        <translation>sección cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are here</source>
        <translation>está aquí</translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/matching.py" line="+31"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the match for “{premise}”</source>
        <translation>Elija la pareja de «{premise}»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For each term, choose its match from the list below it.</source>
        <translation>Para cada término, elija su pareja en la lista de debajo.</translation>
    </message>
</context>
<context>
    <name>MultipleResponseAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/choices.py" line="+113"/>
        <source>Option {letter} of {count}. Choose all answers that apply.</source>
        <translation>Opción {letter} de {count}. Elija todas las respuestas correctas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose all answers that apply.</source>
        <translation>Elija todas las respuestas correctas.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/candidate/navigation.py" line="+79"/>
        <source>That section is closed: its questions cannot be opened again.</source>
        <translation>Esa sección está cerrada: sus preguntas no se pueden volver a abrir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finish…</source>
        <translation>Terminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check what is unanswered, then submit. Shortcut: Alt+N</source>
        <translation>Compruebe lo que falta por responder y entregue. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End section…</source>
        <translation>Terminar sección…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this section; it then closes. Shortcut: Alt+N</source>
        <translation>Salir de esta sección, que entonces se cierra. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next question. Shortcut: Alt+N</source>
        <translation>Ir a la pregunta siguiente. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time for “{closed}” is over. That section is closed; you are now in “{opened}”.</source>
        <translation>El tiempo de «{closed}» ha terminado. Esa sección está cerrada; ahora está en «{opened}».</translation>
    </message>
</context>
<context>
    <name>NumericAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/typed.py" line="+38"/>
        <source>Your answer, a number in {unit}</source>
        <translation>Su respuesta, un número en {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer, a number</source>
        <translation>Su respuesta, un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number. It is saved when you press Enter, leave the box, or stop typing for a moment.</source>
        <translation>Escriba un número. Se guarda al pulsar Intro, al salir del cuadro o al dejar de escribir un momento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number.</source>
        <translation>Escriba un número.</translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/ordering.py" line="+32"/>
        <source>Steps to put in order</source>
        <translation>Pasos para ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a step with the arrow keys, then press Ctrl+Up or Ctrl+Down to move it.</source>
        <translation>Seleccione un paso con las flechas y pulse Ctrl+Arriba o Ctrl+Abajo para moverlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected step one place earlier</source>
        <translation>Mueve el paso seleccionado un puesto antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected step one place later</source>
        <translation>Mueve el paso seleccionado un puesto después</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Keep this order</source>
        <translation>Dejar este orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer with the order shown, without moving anything</source>
        <translation>Responder con el orden mostrado, sin mover nada</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Put these in the right order: select one and move it with Move up and Move down (or Ctrl+Up and Ctrl+Down).</source>
        <translation>Póngalos en el orden correcto: seleccione uno y muévalo con Subir y Bajar (o Ctrl+Arriba y Ctrl+Abajo).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{step} moved to place {place} of {count}</source>
        <translation>{step} movido al puesto {place} de {count}</translation>
    </message>
</context>
<context>
    <name>PassagePanel</name>
    <message>
        <location filename="../../app/ui/candidate/passage.py" line="+26"/>
        <source>Image for this passage</source>
        <translation>Imagen de este texto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Passage: {title}</source>
        <translation>Texto: {title}</translation>
    </message>
</context>
<context>
    <name>PausedPage</name>
    <message>
        <location filename="../../app/ui/candidate/end_screens.py" line="-145"/>
        <source>Return to the exam</source>
        <translation>Volver al examen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the rest break; your time starts again</source>
        <translation>Terminar el descanso; su tiempo vuelve a correr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your exam time is stopped with {time} left.</source>
        <translation>Su tiempo de examen está detenido; le quedan {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your exam time is stopped.</source>
        <translation>Su tiempo de examen está detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are on a rest break</source>
        <translation>Está en un descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break {number} of {granted}. On break for {taken}.</source>
        <translation>Descanso {number} de {granted}. En descanso desde hace {taken}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rest break has no time limit. {stopped} Your answers are kept and the questions are hidden.</source>
        <translation>Un descanso no tiene límite de tiempo. {stopped} Sus respuestas se conservan y las preguntas están ocultas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest breaks left after this one: {n}.</source>
        <translation>Descansos que le quedan después de este: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the proctor when you are back at your seat, then choose Return to the exam.</source>
        <translation>Avise al supervisor cuando vuelva a su puesto y después elija Volver al examen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proctor has paused the exam. Your answers are kept.</source>
        <translation>El supervisor ha pausado el examen. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please stay seated; the exam continues when the proctor resumes it.</source>
        <translation>Permanezca sentado; el examen continúa cuando el supervisor lo reanude.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The exam is paused</source>
        <translation>El examen está en pausa</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/candidate/refusals.py" line="+13"/>
        <source>That question is not on your exam.</source>
        <translation>Esa pregunta no está en su examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That section is closed: once left, it cannot be opened again.</source>
        <translation>Esa sección está cerrada: una vez que se sale, no se puede volver a abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this question before you move on.</source>
        <translation>Responda esta pregunta antes de continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions here come one after another: only the next question can be opened.</source>
        <translation>Aquí las preguntas van una tras otra: solo se puede abrir la siguiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rest break can start only while the exam is running.</source>
        <translation>Un descanso solo puede empezar mientras el examen está en curso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rest breaks were granted for this exam.</source>
        <translation>No se le concedieron descansos para este examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rest breaks are left: {granted} were granted and all have been taken.</source>
        <translation>No le quedan descansos: se le concedieron {granted} y ya los ha tomado todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt already exists. Ask the proctor.</source>
        <translation>Este intento ya existe. Consulte al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam has not started yet. Ask the proctor.</source>
        <translation>El examen aún no ha comenzado. Consulte al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam is paused. Ask the proctor.</source>
        <translation>El examen está en pausa. Consulte al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam has already been submitted.</source>
        <translation>El examen ya se ha entregado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam time is over.</source>
        <translation>El tiempo del examen ha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was voided by the proctor.</source>
        <translation>El supervisor anuló este intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was moved to another station.</source>
        <translation>Este intento se trasladó a otro puesto.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/candidate/review.py" line="+54"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question with its section, the start of its text and its state. Press Enter to go to the question.</source>
        <translation>Cada pregunta con su sección, el comienzo de su texto y su estado. Pulse Intro para ir a la pregunta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the question</source>
        <translation>Volver a la pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns to the question you were on</source>
        <translation>Vuelve a la pregunta en la que estaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the exam…</source>
        <translation>Terminar el examen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks you to confirm, then submits your answers</source>
        <translation>Pide su confirmación y luego entrega sus respuestas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a question and press Enter (or click it) to go to it.</source>
        <translation>Elija una pregunta y pulse Intro (o haga clic en ella) para ir a ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show only these questions in the list</source>
        <translation>Mostrar solo estas preguntas en la lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{answered} of {total} answered, {incomplete} partly answered, {flagged} flagged.</source>
        <translation>{answered} de {total} respondidas, {incomplete} respondidas en parte, {flagged} marcadas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>✓ answered</source>
        <translation>✓ respondida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◐ only partly answered</source>
        <translation>◐ respondida solo en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not seen yet</source>
        <translation>aún no vista</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{answered} of {total} answered, {flagged} flagged.</source>
        <translation>{answered} de {total} respondidas, {flagged} marcadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All ({n})</source>
        <translation>Todas ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered ({n})</source>
        <translation>Sin responder ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly answered ({n})</source>
        <translation>Respondidas en parte ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged ({n})</source>
        <translation>Marcadas ({n})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚑ flagged</source>
        <translation>⚑ marcada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section closed</source>
        <translation>sección cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../app/ui/candidate/status.py" line="+102"/>
        <source>Saving status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Not saved yet</source>
        <translation>⚠ Aún no guardada</translation>
    </message>
</context>
<context>
    <name>ScoreReport</name>
    <message>
        <location filename="../../app/ui/candidate/score_report.py" line="+29"/>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Requirements met</source>
        <translation>Requisitos cumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements not met</source>
        <translation>Requisitos no cumplidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{points} of {maximum} points</source>
        <translation>{points} de {maximum} puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} % of the points</source>
        <translation>{percent} % de los puntos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{percent} % so far</source>
        <translation>{percent} % por ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written test</source>
        <translation>Prueba escrita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still to be scored: 1 written answer, worth {points} of the {maximum} points, by an examiner. It counts as zero in the score above.</source>
        <translation>Falta por calificar: 1 respuesta escrita, que vale {points} de los {maximum} puntos, por un examinador. Cuenta como cero en la puntuación de arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still to be scored: {count} written answers, worth {points} of the {maximum} points, by an examiner. They count as zero in the score above.</source>
        <translation>Faltan por calificar: {count} respuestas escritas, que valen {points} de los {maximum} puntos, por un examinador. Cuentan como cero en la puntuación de arriba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The written result is already decided: those answers cannot change it.</source>
        <translation>El resultado escrito ya está decidido: esas respuestas no pueden cambiarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still to be scored: the practical assessment “{title}”, by an evaluator.</source>
        <translation>Falta por calificar: la evaluación práctica «{title}», por un evaluador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credential is decided when everything above is scored; the credential body then sends you the result.</source>
        <translation>La credencial se decide cuando todo lo anterior esté calificado; después el organismo certificador le enviará el resultado.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing standard</source>
        <translation>Nivel para aprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{scaled} (scale {lowest} to {highest})</source>
        <translation>{scaled} (escala de {lowest} a {highest})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scaled score</source>
        <translation>Puntuación escalada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Whatever the practical assessment gives, this attempt does not meet the credential&apos;s requirements.</source>
        <translation>Sea cual sea el resultado de la evaluación práctica, este intento no cumple los requisitos de la credencial.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By domain</source>
        <translation>Por área</translation>
    </message>
</context>
<context>
    <name>ShortTextAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/typed.py" line="+17"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your answer. It is saved when you press Enter, leave the box, or stop typing for a moment.</source>
        <translation>Escriba su respuesta. Se guarda al pulsar Intro, al salir del cuadro o al dejar de escribir un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your answer.</source>
        <translation>Escriba su respuesta.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/candidate/shortcuts.py" line="+24"/>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag or unflag this question for review</source>
        <translation>Marcar o desmarcar esta pregunta para revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review answered, unanswered and flagged questions</source>
        <translation>Revisar preguntas respondidas, sin responder y marcadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide or show the time left</source>
        <translation>Ocultar o mostrar el tiempo restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or close the calculator</source>
        <translation>Abrir o cerrar la calculadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or close the reference exhibits</source>
        <translation>Abrir o cerrar los documentos de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast on or off</source>
        <translation>Activar o desactivar el alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a rest break (when granted)</source>
        <translation>Tomar un descanso (si se le concedió)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between controls</source>
        <translation>Pasar de un control a otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose among answers; move the crosshair on an image</source>
        <translation>Elegir entre respuestas; mover la cruz sobre una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space, Enter</source>
        <translation>Espacio, Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press a button, tick a box, mark the place on an image</source>
        <translation>Pulsar un botón, marcar una casilla, marcar el lugar en una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Arriba, Ctrl+Abajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move a step in an ordering question</source>
        <translation>Mover un paso en una pregunta de ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+, −, 0</source>
        <translation>+, −, 0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom an image in, out, or to fit</source>
        <translation>Ampliar, reducir o ajustar una imagen</translation>
    </message>
</context>
<context>
    <name>SingleChoiceAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/choices.py" line="-42"/>
        <source>Option {letter} of {count}. Choose one answer.</source>
        <translation>Opción {letter} de {count}. Elija una respuesta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one answer.</source>
        <translation>Elija una respuesta.</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../app/ui/candidate/status.py" line="-105"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exam time left</source>
        <translation>Tiempo restante del examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section time left</source>
        <translation>Tiempo restante de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>Hide time</source>
        <translation>Ocultar tiempo</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Hides or shows the time left. Shortcut: Alt+T. Time warnings are given either way.</source>
        <translation>Oculta o muestra el tiempo restante. Atajo: Alt+T. Los avisos de tiempo se dan igualmente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show time</source>
        <translation>Mostrar tiempo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time left: hidden</source>
        <translation>Tiempo restante: oculto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section: {time}</source>
        <translation>Sección: {time}</translation>
    </message>
</context>
<context>
    <name>ToolBar</name>
    <message>
        <location filename="../../app/ui/candidate/tools.py" line="+27"/>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens or closes the calculator. Shortcut: Alt+C</source>
        <translation>Abre o cierra la calculadora. Atajo: Alt+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhibits</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens or closes the reference exhibits. Shortcut: Alt+E</source>
        <translation>Abre o cierra los documentos de referencia. Atajo: Alt+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stops your time and hides the questions until you return. Shortcut: Alt+B</source>
        <translation>Detiene su tiempo y oculta las preguntas hasta que vuelva. Atajo: Alt+B</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 100 to 200 percent. Shortcuts: Ctrl+Plus and Ctrl+Minus</source>
        <translation>De 100 a 200 por ciento. Atajos: Ctrl+Más y Ctrl+Menos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White and yellow on black. Shortcut: Alt+H</source>
        <translation>Blanco y amarillo sobre negro. Atajo: Alt+H</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rest break ({n} left)</source>
        <translation>Descanso (quedan {n})</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <location line="+10"/>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exhibits</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Exhibit</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose which exhibit to show</source>
        <translation>Elija qué documento mostrar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Exhibit: {title}</source>
        <translation>Documento: {title}</translation>
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/choices.py" line="+54"/>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Choose True or False.</source>
        <translation>Elija Verdadero o Falso.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/candidate/welcome.py" line="-106"/>
        <source>Welcome, {name}.</source>
        <translation>Bienvenido/a, {name}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome and instructions</source>
        <translation>Bienvenida e instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys and Page Down scroll the instructions</source>
        <translation>Las flechas y Av Pág desplazan las instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the exam</source>
        <translation>Comenzar el examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the exam and its clock. Available once you have confirmed who you are.</source>
        <translation>Comienza el examen y su reloj. Disponible cuando haya confirmado su identidad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your identity</source>
        <translation>Su identidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exam is for {name}. If that is not you, do not start: tell the proctor.</source>
        <translation>Este examen es para {name}. Si no es usted, no comience: avise al supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am {name}</source>
        <translation>Soy {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick to confirm who you are; then you can start</source>
        <translation>Marque para confirmar su identidad; después podrá comenzar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are {count} questions in {sections} sections.</source>
        <translation>Hay {count} preguntas en {sections} secciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have {minutes} minutes. The clock starts when you press Start the exam.</source>
        <translation>Dispone de {minutes} minutos. El reloj empieza cuando pulse Comenzar el examen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no overall time limit.</source>
        <translation>No hay límite de tiempo total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers are saved as you go. “✓ Saved” at the top means they are stored on this computer.</source>
        <translation>Sus respuestas se guardan a medida que avanza. «✓ Guardado» arriba indica que están almacenadas en este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag any question you want to look at again; the review screen lists answered, unanswered and flagged questions.</source>
        <translation>Marque las preguntas que quiera volver a ver; la pantalla de revisión muestra las preguntas respondidas, sin responder y marcadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A calculator is available on the tool bar.</source>
        <translation>Hay una calculadora en la barra de herramientas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference exhibits are available on the tool bar.</source>
        <translation>Hay documentos de referencia en la barra de herramientas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change the text size and turn on high contrast at any time.</source>
        <translation>Puede cambiar el tamaño del texto y activar el alto contraste en cualquier momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section {number}, “{title}”: {count} questions</source>
        <translation>Sección {number}, «{title}»: {count} preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {minutes} minutes</source>
        <translation>, {minutes} minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Once you leave it, you cannot go back to it</source>
        <translation>. Una vez que salga de ella, no podrá volver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>WrittenAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/typed.py" line="+32"/>
        <source>Your written answer</source>
        <translation>Su respuesta escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your answer; Enter starts a new line and Tab leaves the box. It is saved as you type.</source>
        <translation>Escriba su respuesta; Intro empieza una línea nueva y Tab sale del cuadro. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length of your answer</source>
        <translation>Longitud de su respuesta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{words} words, {left} characters left</source>
        <translation>{words} palabras, quedan {left} caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your answer in the box. A person will score it.</source>
        <translation>Escriba su respuesta en el cuadro. Una persona la calificará.</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../../app/ui/widgets/image_viewer.py" line="+40"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys: plus, minus and 0 when the image has focus</source>
        <translation>Teclas: más, menos y 0 cuando la imagen tiene el foco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>ZoomableImage</name>
    <message>
        <location line="+22"/>
        <source>Image. Plus and minus zoom, 0 fits it, arrow keys scroll.</source>
        <translation>Imagen. Más y menos cambian el zoom, 0 la ajusta, las flechas la desplazan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This image cannot be shown. Tell the proctor.</source>
        <translation>No se puede mostrar esta imagen. Avise al supervisor.</translation>
    </message>
</context>
</TS>
